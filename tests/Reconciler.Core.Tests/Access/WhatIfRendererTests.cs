using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using Reconciler.Reporting.WhatIf;
using Reconciler.Testing.Baselines;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

public class WhatIfRendererTests
{
    private static readonly ConditionalAccessPolicyBody LegacyBlock = GuestMfaPolicy with
    {
        DisplayName = "Block legacy authentication",
        Conditions = GuestMfaPolicy.Conditions! with
        {
            ClientAppTypes = ["exchangeActiveSync", "other"],
            Users = new() { IncludeUsers = ["All"] },
        },
        GrantControls = new() { Operator = "OR", BuiltInControls = ["block"] },
    };

    private static readonly ConditionalAccessPolicyBody OldPilot = GuestMfaPolicy with { DisplayName = "Old pilot", State = PolicyState.Disabled };

    public static TheoryData<string, AccessDecision> Decisions => new()
    {
        { "tutorial-before", Evaluate(AlexIntoAzure, NoTrust) },
        { "tutorial-after", Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy, LegacyBlock, OldPilot) },
        { "tutorial-trusted", Evaluate(AlexIntoAzure, FabrikamTrusted, GuestMfaPolicy) },
        { "tutorial-report-only", Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { State = PolicyState.ReportOnly }) },
        { "legacy-client-blocked", Evaluate(AlexIntoAzure with { ClientApp = "other" }, NoTrust, GuestMfaPolicy, LegacyBlock) },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void TextReportMatchesItsBaseline(string name, AccessDecision decision) =>
        Baseline.Matches(WhatIfTextRenderer.Render(decision), $"{name}.txt");

    [Theory]
    [MemberData(nameof(Decisions))]
    public void JsonReportMatchesItsBaseline(string name, AccessDecision decision) =>
        Baseline.Matches(WhatIfJsonRenderer.Render(decision), $"{name}.json");
}
