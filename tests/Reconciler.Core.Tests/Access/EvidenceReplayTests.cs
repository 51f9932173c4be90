using Reconciler.Access.Evidence;
using Reconciler.Core.Tests.Support;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Core.Tests.Access;

public class EvidenceReplayTests
{
    [Fact]
    public void SignInsWithEqualFactsAreOneGroupAndCountedByTheirNumber()
    {
        var tally = SomeEvidence.Tally();

        Assert.Equal(9, tally.Count);
        Assert.Equal(5, tally.Groups.Count);
        Assert.Equal([3, 2, 2, 1, 1], tally.Groups.Select(g => g.Count));
    }

    [Fact]
    public void TheChangeChallengesSatisfiesAtHomeAndBlocksGuestSignInsOnly()
    {
        var result = SomeEvidence.Result();

        // Alex's five API sign-ins and Kim's one newly need MFA; three of Alex's carry home MFA Fabrikam's new trust
        // accepts; Kim's two IMAP sign-ins are newly blocked; the break-glass member is not a guest.
        Assert.Equal(new EvidenceCounts(8, 2, 6, 3, 2, 0), result.Totals);
        Assert.Equal(1, result.OtherSignIns);
        Assert.Equal(["kim@partner.example", "alex@fabrikam.example"], result.MostAffected.Select(g => g.Guest));
        Assert.Equal(["fabrikam.example"], result.InferredFromDomains);
    }

    [Fact]
    public void AnIdenticalTenantOnBothSidesAffectsNothing()
    {
        var live = EvidenceTenant.From(SomeEvidence.Live);

        var result = EvidenceReplay.Run(30, SomeEvidence.Tally().Groups, SomeEvidence.Guests, live, live);

        Assert.Equal(new EvidenceCounts(8, 2, 0, 0, 0, 8), result.Totals);
        Assert.Empty(result.Promotions);
    }

    [Fact]
    public void TheReplayIsJudgedAgainstTheServiceAndADisagreementNamesThePolicyAndTheCondition()
    {
        var agreement = SomeEvidence.Result().Agreement;

        Assert.Equal((16, 15, 0), (agreement.Compared, agreement.Agreed, agreement.NotCovered));
        var disagreement = Assert.Single(agreement.Disagreements);
        Assert.Equal((Some.MfaPolicyName, true, "reportOnlyNotApplied", 1), (disagreement.Policy, disagreement.ReplayApplies, disagreement.ServiceResult, disagreement.SignIns));
        Assert.Contains("matched every condition", disagreement.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void EachPromotedPolicyCarriesTheServicesReportOnlyResults()
    {
        var promotions = SomeEvidence.Result().Promotions.ToDictionary(p => p.PolicyId);

        var block = promotions[SomeEvidence.BlockPolicyId];
        Assert.Equal((0, 2, 0, 6, 2), (block.ReportOnlySuccess, block.ReportOnlyFailure, block.ReportOnlyInterrupted, block.ReportOnlyNotApplied, block.ReplayFailures));
        Assert.True(block.WouldFail);
        Assert.All(block.Examples, e => Assert.Equal("kim@partner.example", e.Guest));
        var mfa = promotions[SomeEvidence.MfaPolicyId];
        Assert.Equal((5, 3), (mfa.ReportOnlyInterrupted, mfa.ReportOnlyNotApplied));
        Assert.False(mfa.WouldFail);
    }

    [Theory]
    [InlineData(PromotionRule.Warn, DiagnosticSeverity.Warning)]
    [InlineData(PromotionRule.RequireEvidence, DiagnosticSeverity.Error)]
    public void APromotionThatWouldHaveFailedSignInsIsASafetyFindingThatRequireEvidenceMakesBlocking(PromotionRule rule, DiagnosticSeverity severity)
    {
        var finding = Assert.Single(EvidenceFindings.Safety(SomeEvidence.Result(), rule));

        Assert.Equal(("B2B2501", severity), (finding.Code, finding.Severity));
        Assert.Contains("'Block legacy clients'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("kim@partner.example", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutEvidenceOnlyRequireEvidenceRefusesAPromotion()
    {
        var promoted = EvidenceReplay.Promotions(EvidenceTenant.From(SomeEvidence.Live), EvidenceTenant.From(SomeEvidence.Projected));
        var failure = EvidenceDiagnostics.SignInLogPermissionMissing();

        Assert.Empty(EvidenceFindings.WithoutEvidence(promoted, failure, PromotionRule.Warn));
        Assert.Equal(["B2B2502", "B2B2502"], EvidenceFindings.WithoutEvidence(promoted, failure, PromotionRule.RequireEvidence).Select(d => d.Code));
    }
}
