using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;

namespace Reconciler.Core.Tests.Support;

/// <summary>Throwaway values and small stacks and tenants, fixed so golden files stay stable.</summary>
internal static class Some
{
    public const string TenantId = "0f4e6a2c-1b3d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string PartnerTenantId = "3d1b7c9e-2a4f-4b6d-8e0a-1c3e5a7b9d2f";
    public const string AzureManagementAppId = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    public const string BreakGlassEmail = "breakglass@contoso.example";
    public const string BreakGlassId = "b0000000-0000-0000-0000-00000000b001";
    public const string GuestEmail = "alex@fabrikam.example";
    public const string MfaPolicyName = "Require MFA for B2B portal access";

    public static DesiredState Stack(
        IReadOnlyList<DesiredGuest>? guests = null,
        IReadOnlyList<DesiredPolicy>? policies = null,
        DesiredCrossTenantAccess? crossTenant = null,
        IReadOnlyList<string>? breakGlass = null) => new()
        {
            ProjectName = "b2b",
            StackName = "dev",
            TenantId = TenantId,
            Guests = guests ?? [],
            ConditionalAccessPolicies = policies ?? [],
            CrossTenantAccess = crossTenant,
            BreakGlassAccounts = breakGlass ?? [BreakGlassEmail],
        };

    public static DesiredGuest Guest(string email = GuestEmail, string? displayName = "Alex Wilber (Fabrikam)") =>
        new() { Email = email, DisplayName = displayName };

    /// <summary>The tutorial's policy: MFA for B2B guests on Azure management, break-glass excluded.</summary>
    public static DesiredPolicy MfaPolicy(string state = "enabledForReportingButNotEnforced") => new()
    {
        Body = new ConditionalAccessPolicyBody
        {
            DisplayName = MfaPolicyName,
            State = state,
            Conditions = new ConditionalAccessConditions
            {
                ClientAppTypes = ["all"],
                Applications = new ConditionalAccessApplications { IncludeApplications = [AzureManagementAppId] },
                Users = new ConditionalAccessUsers
                {
                    IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                    {
                        GuestOrExternalUserTypes = ["b2bCollaborationGuest", "b2bCollaborationMember"],
                        ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                    },
                    ExcludeUsers = [BreakGlassEmail],
                },
            },
            GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["mfa"] },
        },
    };

    public static DesiredCrossTenantAccess CrossTenant(bool defaultMfa = false, bool partnerMfa = true) => new()
    {
        Default = new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = defaultMfa } },
        Partners = [new DesiredPartner { TenantId = PartnerTenantId, Settings = new() { InboundTrust = new InboundTrust { IsMfaAccepted = partnerMfa } } }],
    };

    public static LiveSnapshot Tenant(
        IReadOnlyList<LiveUser>? users = null,
        IReadOnlyList<LivePolicy>? policies = null,
        IReadOnlyList<LivePartner>? partners = null,
        CrossTenantSettings? defaults = null) => new()
        {
            Organization = new LiveOrganization(TenantId, "Contoso"),
            Users = users ?? [BreakGlass()],
            GuestCount = (users ?? []).Count(u => u.IsGuest),
            ConditionalAccessPolicies = policies ?? [],
            CrossTenantDefault = new LiveCrossTenantDefault { IsServiceDefault = defaults is null, Settings = defaults ?? ServiceDefaults.CrossTenant },
            Partners = partners ?? [],
            TenantNames = new Dictionary<string, string> { [PartnerTenantId] = "Fabrikam" },
        };

    public static LiveUser BreakGlass() => new()
    {
        Id = BreakGlassId,
        Mail = BreakGlassEmail,
        UserPrincipalName = BreakGlassEmail,
        UserType = "Member",
        AccountEnabled = true,
    };

    public static LiveUser LiveGuest(string email = GuestEmail, string id = "a1000000-0000-0000-0000-00000000a001", string? displayName = "Alex Wilber (Fabrikam)", string state = "Accepted") => new()
    {
        Id = id,
        Mail = email,
        UserPrincipalName = $"{email.Replace('@', '_')}#EXT#@contoso.onmicrosoft.com",
        DisplayName = displayName,
        UserType = "Guest",
        ExternalUserState = state,
        AccountEnabled = true,
        CreationType = "Invitation",
    };

    public static LivePolicy LivePolicy(ConditionalAccessPolicyBody body, string id = "c0000000-0000-0000-0000-00000000c001") => new()
    {
        Id = id,
        Body = ServiceDefaults.Fill(body),
        CreatedDateTime = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
    };

    public static LivePartner LivePartner(bool? mfa = true) => new()
    {
        TenantId = PartnerTenantId,
        Settings = new CrossTenantSettings { InboundTrust = mfa is null ? null : new InboundTrust { IsMfaAccepted = mfa } },
    };
}
