using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;

namespace Reconciler.Core.Tests.PulumiMapping;

/// <summary>The desired state of "Enforce multifactor authentication for B2B guest users", as the sample stack declares it.</summary>
internal static class TutorialStack
{
    public const string PortalAppId = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    public const string PartnerTenantId = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    public const string GuestEmail = "alex@fabrikam.example";
    public const string BreakGlass = "breakglass@contoso.example";

    public static IReadOnlyList<string> AllGuestTypes { get; } =
        ["internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember", "b2bDirectConnectUser", "otherExternalUser", "serviceProvider"];

    public static DesiredGuest Guest { get; } = new()
    {
        Email = GuestEmail,
        DisplayName = "Alex Wilber (Fabrikam)",
        RedirectUrl = "https://myapps.microsoft.com",
        SendInvitationMessage = true,
    };

    public static DesiredPolicy Policy { get; } = new()
    {
        Body = new ConditionalAccessPolicyBody
        {
            DisplayName = "Require MFA for B2B portal access",
            State = "enabled",
            Conditions = new ConditionalAccessConditions
            {
                ClientAppTypes = ["all"],
                Applications = new ConditionalAccessApplications { IncludeApplications = [PortalAppId] },
                Users = new ConditionalAccessUsers
                {
                    IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                    {
                        GuestOrExternalUserTypes = AllGuestTypes,
                        ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                    },
                    ExcludeUsers = [BreakGlass],
                },
            },
            GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["mfa"] },
        },
    };

    public static CrossTenantSettings DefaultSettings { get; } = new() { InboundTrust = new InboundTrust { IsMfaAccepted = false } };

    public static CrossTenantSettings PartnerSettings { get; } = new() { InboundTrust = new InboundTrust { IsMfaAccepted = true } };

    public static Reconciler.Model.Desired.DesiredState State { get; } = new()
    {
        ProjectName = "b2b",
        StackName = "dev",
        TenantId = "0f4e0000-0000-4000-8000-000000000001",
        BreakGlassAccounts = [BreakGlass],
        Guests = [Guest],
        ConditionalAccessPolicies = [Policy],
        CrossTenantAccess = new DesiredCrossTenantAccess
        {
            Default = DefaultSettings,
            Partners = [new DesiredPartner { TenantId = PartnerTenantId, Settings = PartnerSettings }],
        },
    };
}
