using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Reporting.Access;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// The Microsoft tutorial "Enforce multifactor authentication for B2B guest users", as test data.
/// </summary>
internal static class Tutorial
{
    public const string FabrikamTenant = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    public const string AzureManagementApp = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    public const string ExchangeOnline = "00000002-0000-0ff1-ce00-000000000000";
    public const string BreakGlass = "breakglass@contoso.example";

    public static SignInUser Alex { get; } = SignInUser.Guest("alex@fabrikam.example", FabrikamTenant);

    public static SignIn AlexIntoAzure { get; } = new()
    {
        User = Alex,
        ApplicationId = AzureManagementApp,
        ClientApp = "browser",
        DevicePlatform = "windows",
    };

    public static ConditionalAccessPolicyBody GuestMfaPolicy { get; } = new()
    {
        DisplayName = "Require MFA for B2B portal access",
        State = PolicyState.Enabled,
        Conditions = new ConditionalAccessConditions
        {
            ClientAppTypes = ["all"],
            Applications = new ConditionalAccessApplications { IncludeApplications = [AzureManagementApp] },
            Users = new ConditionalAccessUsers
            {
                IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ["b2bCollaborationGuest", "b2bCollaborationMember"],
                    ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                },
                ExcludeUsers = [BreakGlass],
            },
        },
        GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["mfa"] },
    };

    public static CrossTenantTrust NoTrust { get; } = Trust(defaultMfa: false, fabrikamMfa: null);

    public static CrossTenantTrust FabrikamTrusted { get; } = Trust(defaultMfa: false, fabrikamMfa: true);

    public static CrossTenantTrust Trust(bool? defaultMfa, bool? fabrikamMfa) => new(
        new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = defaultMfa } },
        fabrikamMfa is null
            ? []
            : [(FabrikamTenant, new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = fabrikamMfa } })]);

    public static AccessDecision Evaluate(SignIn signIn, CrossTenantTrust trust, params ConditionalAccessPolicyBody[] policies) =>
        AccessEvaluator.Evaluate(signIn, policies.Select(p => new PolicyUnderTest(p)), trust);

    public static ConditionalAccessPolicyBody WithConditions(
        this ConditionalAccessPolicyBody policy,
        Func<ConditionalAccessConditions, ConditionalAccessConditions> change) =>
        policy with { Conditions = change(policy.Conditions!) };

    public static ConditionalAccessPolicyBody WithUsers(
        this ConditionalAccessPolicyBody policy,
        Func<ConditionalAccessUsers, ConditionalAccessUsers> change) =>
        policy.WithConditions(c => c with { Users = change(c.Users!) });
}
