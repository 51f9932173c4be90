using Reconciler.Access.Evidence;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Evidence;
using Reconciler.Model.Live;
using Reconciler.Reporting.Evidence;

namespace Reconciler.Core.Tests.Support;

/// <summary>
/// A small month of guest sign-ins with fixed ids and times, so golden files stay stable: the tutorial's MFA policy and
/// a legacy-client block, both report-only in the tenant and enabled after the change, which also trusts Fabrikam.
/// </summary>
internal static class SomeEvidence
{
    public const string MfaPolicyId = "c0000000-0000-0000-0000-00000000c001";
    public const string BlockPolicyId = "c0000000-0000-0000-0000-00000000c002";
    public const string AlexId = "a1000000-0000-0000-0000-00000000a001";
    public const string KimId = "a1000000-0000-0000-0000-00000000a002";
    public const string ExchangeOnline = "00000002-0000-0ff1-ce00-000000000000";

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public static LiveSnapshot Live { get; } = Some.Tenant(
        users: [Some.BreakGlass(), Some.LiveGuest(), Some.LiveGuest("kim@partner.example", KimId, "Kim Akers")],
        policies: [Some.LivePolicy(MfaBody("enabledForReportingButNotEnforced"), MfaPolicyId), Some.LivePolicy(BlockBody("enabledForReportingButNotEnforced"), BlockPolicyId)]);

    public static LiveSnapshot Projected { get; } = Live with
    {
        ConditionalAccessPolicies = [Some.LivePolicy(MfaBody("enabled"), MfaPolicyId), Some.LivePolicy(BlockBody("enabled"), BlockPolicyId)],
        Partners = [Some.LivePartner()],
    };

    public static IReadOnlyDictionary<string, EvidenceGuest> Guests { get; } = new Dictionary<string, EvidenceGuest>(StringComparer.OrdinalIgnoreCase)
    {
        [AlexId] = new(AlexId, Some.GuestEmail, "Alex Wilber", ExternalUserType.B2bCollaborationGuest, Some.PartnerTenantId, "Fabrikam", "fabrikam.example"),
        [KimId] = new(KimId, "kim@partner.example", "Kim Akers", ExternalUserType.B2bCollaborationGuest, null, "partner.example (home tenant not found)"),
    };

    /// <summary>Nine sign-ins in five groups of equal facts; one the service and the replay judge differently.</summary>
    public static SignInTally Tally()
    {
        var tally = new SignInTally();
        var n = 0;
        void Add(int count, string user, string app, string appName, string client, string os, bool homeMfa, string mfaResult, string blockResult)
        {
            for (var i = 0; i < count; i++, n++)
            {
                tally.Add(new RecordedSignIn
                {
                    Id = $"5160{n:D4}-0000-4000-8000-000000000000",
                    CreatedDateTime = Start.AddHours(-n * 7),
                    UserId = user,
                    UserPrincipalName = user == AlexId ? Some.GuestEmail : user == KimId ? "kim@partner.example" : Some.BreakGlassEmail,
                    AppId = app,
                    AppDisplayName = appName,
                    ClientAppUsed = client,
                    OperatingSystem = os,
                    AdditionalDetails = homeMfa ? SignInFacts.MfaClaimInToken : null,
                    AppliedPolicies =
                    [
                        new AppliedPolicyResult(MfaPolicyId, Some.MfaPolicyName, mfaResult, []),
                        new AppliedPolicyResult(BlockPolicyId, "Block legacy clients", blockResult, []),
                    ],
                });
            }
        }

        Add(3, AlexId, Some.AzureManagementAppId, "Windows Azure Service Management API", "Browser", "Windows 10", true, PolicyResults.ReportOnlyInterrupted, PolicyResults.ReportOnlyNotApplied);
        Add(2, AlexId, Some.AzureManagementAppId, "Windows Azure Service Management API", "Browser", "Windows 10", false, PolicyResults.ReportOnlyInterrupted, PolicyResults.ReportOnlyNotApplied);
        Add(2, KimId, ExchangeOnline, "Office 365 Exchange Online", "IMAP4", "Windows 10", false, PolicyResults.ReportOnlyNotApplied, PolicyResults.ReportOnlyFailure);
        Add(1, KimId, Some.AzureManagementAppId, "Windows Azure Service Management API", "Mobile Apps and Desktop clients", "iOS 18.1", false, PolicyResults.ReportOnlyNotApplied, PolicyResults.ReportOnlyNotApplied);
        Add(1, Some.BreakGlassId, Some.AzureManagementAppId, "Azure portal", "Browser", "Windows 11", false, PolicyResults.ReportOnlyNotApplied, PolicyResults.ReportOnlyNotApplied);
        return tally;
    }

    public static EvidenceResult Result() => EvidenceReplay.Run(30, Tally().Groups, Guests, EvidenceTenant.From(Live), EvidenceTenant.From(Projected));

    public static EvidenceReport Report() => new(30, ReadScope.Full, 1, 9, Result());

    private static ConditionalAccessPolicyBody MfaBody(string state) => Some.MfaPolicy(state).Body with
    {
        Conditions = Some.MfaPolicy().Body.Conditions! with
        {
            Users = Some.MfaPolicy().Body.Conditions!.Users! with { ExcludeUsers = [Some.BreakGlassId] },
        },
    };

    private static ConditionalAccessPolicyBody BlockBody(string state) => new()
    {
        DisplayName = "Block legacy clients",
        State = state,
        Conditions = new ConditionalAccessConditions
        {
            ClientAppTypes = ["exchangeActiveSync", "other"],
            Applications = new ConditionalAccessApplications { IncludeApplications = ["All"] },
            Users = new ConditionalAccessUsers
            {
                IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ["b2bCollaborationGuest"],
                    ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                },
            },
        },
        GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["block"] },
    };
}
