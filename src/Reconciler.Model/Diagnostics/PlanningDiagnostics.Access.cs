namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B21xx block: plan-time checks across guests, policies and cross-tenant settings. Always warnings: the
/// configuration is valid, but a sign-in will not go as the author may expect. Each code is written once, in its
/// attribute.
/// </summary>
public static partial class PlanningDiagnostics
{
    private const string TrustSettings = "https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration";

    [DiagnosticCode("B2B2101", HelpLink = TrustSettings)]
    public static Diagnostic GuestMfaNotTrusted(string policy, string tenants, SourceLocation? at) =>
        Warning($"{policy} requires MFA of guests from {tenants}, whose home-tenant MFA is not trusted: they must "
            + "register MFA in this tenant at their next sign-in. To accept the MFA they do at home, set "
            + "inboundTrust.isMfaAccepted: true on a crossTenantAccess partner entry for their tenant.", at);

    [DiagnosticCode("B2B2102", HelpLink = TrustSettings)]
    public static Diagnostic PartnerWeakensDefault(string partner, string setting, string partnerValue, string defaultValue, string block, SourceLocation? at) =>
        Warning($"partner {partner} {setting} is {partnerValue} where the default is {defaultValue}. If this partner "
            + $"is meant to be an exception, keep it and review it; otherwise remove {block} from the partner entry so it "
            + "inherits the default.", at);

    /// <param name="guests">The guests one group stands for, in stack order: one reads as before, more are counted and listed in <see cref="Diagnostic.Guests"/>.</param>
    /// <param name="homeTenant">The group's home tenant as a person knows it (a partner's name, else its id); null when none was found.</param>
    /// <param name="reportOnlyNote">The report-only policies that would cover the group, as a parenthesis starting with a space, or empty.</param>
    [DiagnosticCode("B2B2103", HelpLink = "https://learn.microsoft.com/entra/external-id/b2b-tutorial-require-mfa")]
    public static Diagnostic GuestWithoutMfaPolicy(IReadOnlyList<string> guests, string? homeTenant, string reportOnlyNote, SourceLocation? at)
    {
        if (guests.Count == 1)
        {
            return Warning($"guest {guests[0]} is not covered by any enabled Conditional Access policy that requires MFA{reportOnlyNote}. "
                + "Include the guest's user type in a policy's includeGuestsOrExternalUsers with an mfa grant control, "
                + "or enable the report-only policy.", at);
        }

        const int Named = 3;
        var from = homeTenant is null ? "whose home tenant was not found" : $"from {homeTenant}";
        var named = string.Join(", ", guests.Take(Named)) + (guests.Count > Named ? $" and {guests.Count - Named:N0} more" : "");
        return Warning($"{guests.Count:N0} guests {from} ({named}) are not covered by any enabled Conditional Access policy that "
            + $"requires MFA{reportOnlyNote}. Include the guests' user type in a policy's includeGuestsOrExternalUsers with an "
            + "mfa grant control, or enable the report-only policy.", at) with
        { Guests = guests };
    }

    [DiagnosticCode("B2B2104", HelpLink = "https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect")]
    public static Diagnostic DirectConnectBlockedByMfa(string policy, string tenants, SourceLocation? at) =>
        Warning($"{policy} requires MFA of B2B direct connect users from {tenants}, whose home-tenant MFA is "
            + "not trusted: direct connect users cannot do MFA in this tenant, so they will be blocked. Set "
            + "inboundTrust.isMfaAccepted: true for those tenants, or leave b2bDirectConnectUser out of the policy.", at);

    [DiagnosticCode("B2B2105", HelpLink = "https://learn.microsoft.com/graph/api/user-list-transitivememberof")]
    public static Diagnostic MembershipNotRead(string user, string why, string remedy) =>
        Info($"group and role conditions stay notEnoughInformation for {user}: {why}. {remedy}");

    [DiagnosticCode("B2B2106", HelpLink = "https://learn.microsoft.com/graph/api/user-list-transitivememberof")]
    public static Diagnostic RoleTemplatesNotRead(string user) =>
        Info($"role conditions stay notEnoughInformation for {user}: the tenant listed the user's directory roles "
            + "without their roleTemplateId, which Conditional Access names roles by (the token may not read roles, so "
            + "Graph returned their ids only). Grant RoleManagement.Read.Directory or Directory.Read.All to decide them.");
}
