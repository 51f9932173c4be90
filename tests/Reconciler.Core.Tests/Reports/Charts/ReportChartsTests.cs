using Reconciler.Access;
using Reconciler.Access.Evidence;
using Reconciler.Core.Tests.Support;
using Reconciler.Reporting;
using Reconciler.Reporting.Html.Charts;

namespace Reconciler.Core.Tests.Reports.Charts;

/// <summary>What the two reports put in their charts: the evidence per partner, the sign-in impact per guest group.</summary>
public class ReportChartsTests
{
    [Fact]
    public void TheEvidenceChartCountsEachSignInOnceUnderItsPartner()
    {
        var result = SomeEvidence.Result();

        var chart = EvidenceChart.Of(result);

        Assert.Equal(result.Totals.SignIns, chart.Groups.SelectMany(g => g.Bars).Sum(b => b.Value));
        Assert.Equal(result.Rows.Select(r => r.Partner).Distinct(), chart.Groups.Select(g => g.Label));
        Assert.All(chart.Groups, g => Assert.Equal(["blocked", "MFA here (prompted)", "MFA at home (passes)", "unaffected"], g.Bars.Select(b => b.Label)));
        Assert.Equal(result.Totals.Blocked, chart.Groups.Sum(g => g.Bars[0].Value));
        Assert.Equal(result.Totals.SatisfiedAtHome, chart.Groups.Sum(g => g.Bars[2].Value));
    }

    [Fact]
    public void PastTheLimitPartnersAreLeftToTheTable()
    {
        var counts = new EvidenceCounts(2, 1, 1, 0, 0, 1);
        var result = SomeEvidence.Result() with { Rows = [.. Enumerable.Range(1, 14).Select(i => new EvidenceRow($"partner{i:00}", "b2bCollaborationGuest", null, "app", counts))] };

        var chart = EvidenceChart.Of(result);

        Assert.Equal(EvidenceChart.PartnerLimit, chart.Groups.Count);
        Assert.Contains("The 2 partners with fewer affected sign-ins are in the table below.", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSignInImpactChartCountsBeforeAndAfterPerGuestGroup()
    {
        var mfaHere = new AccessOutcome(AccessResult.Grant, ["mfa"], true, MfaSatisfaction.ResourceTenant);
        var atHome = mfaHere with { Mfa = MfaSatisfaction.HomeTenant };
        var reportOnly = mfaHere with { Enforced = false };
        var blocked = new AccessOutcome(AccessResult.Block, ["block"], true, MfaSatisfaction.NotRequired);
        SignInImpactRow Row(string email, AccessOutcome before, AccessOutcome after) =>
            new(new SignInSubject(SignInSubjectKind.Guest, email, email), "app", "App", before, after, "");
        SignInImpactRow[] rows =
        [
            Row("a@fabrikam.example", reportOnly, atHome),
            Row("b@fabrikam.example", reportOnly, atHome),
            Row("c@northwind.example", AccessOutcome.NoPolicy, blocked),
            new(new SignInSubject(SignInSubjectKind.PartnerGuests, "guests from Fabrikam", TenantId: Some.PartnerTenantId), "app", "App", mfaHere, atHome, ""),
        ];

        var chart = SignInImpactChart.Of(rows);

        Assert.Equal(["2 guests from fabrikam.example", "c@northwind.example", "guests from Fabrikam"], chart.Groups.Select(g => g.Label));
        Assert.Equal(
            [("before: MFA at home", 0, true), ("after: MFA at home", 2, false), ("before: no policy enforced", 2, true), ("after: no policy enforced", 0, false)],
            chart.Groups[0].Bars.Select(b => (b.Label, b.Value, b.Dashed)));
        Assert.Equal(["before: blocked", "after: blocked", "before: no policy enforced", "after: no policy enforced"], chart.Groups[1].Bars.Select(b => b.Label));
        Assert.Equal(BarTone.Blocked, chart.Groups[1].Bars[1].Tone);
        Assert.Equal(["before: MFA here", "after: MFA here", "before: MFA at home", "after: MFA at home"], chart.Groups[2].Bars.Select(b => b.Label));
    }
}
