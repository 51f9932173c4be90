using Reconciler.Access.Evidence;

namespace Reconciler.Reporting.Evidence;

/// <summary>The evidence as lines of words, shared by the text and markdown renderers so both say the same.</summary>
public static class EvidenceLines
{
    public const int RowLimit = 20;

    public static readonly string[] Columns = ["partner", "guest type", "app", "sign-ins", "guests", "new MFA", "MFA at home", "blocked", "unaffected"];

    public static IEnumerable<string[]> Rows(EvidenceResult result) =>
        result.Rows.Take(RowLimit).Select(r => new[]
        {
            r.Partner, r.GuestType, r.App, EvidenceVerdict.N(r.Counts.SignIns), EvidenceVerdict.N(r.Counts.Guests), EvidenceVerdict.N(r.Counts.NewlyMfa),
            EvidenceVerdict.N(r.Counts.SatisfiedAtHome), EvidenceVerdict.N(r.Counts.Blocked), EvidenceVerdict.N(r.Counts.Unaffected),
        });

    public static string? MoreRows(EvidenceResult result) =>
        result.Rows.Count > RowLimit ? $"and {EvidenceVerdict.N(result.Rows.Count - RowLimit)} more rows with fewer affected sign-ins" : null;

    public static string Guest(AffectedGuest guest) =>
        $"{guest.Guest} ({guest.Partner}): {EvidenceVerdict.N(guest.NewlyMfa)} newly asked for MFA"
        + (guest.SatisfiedAtHome > 0 ? $" ({EvidenceVerdict.N(guest.SatisfiedAtHome)} satisfied at home)" : "")
        + $", {EvidenceVerdict.N(guest.Blocked)} blocked, of {EvidenceVerdict.N(guest.SignIns)} sign-ins";

    public static string Promotion(PromotionEvidence promotion) =>
        $"'{promotion.DisplayName}': reportOnlyFailure {EvidenceVerdict.N(promotion.ReportOnlyFailure)}, reportOnlyInterrupted {EvidenceVerdict.N(promotion.ReportOnlyInterrupted)}, "
        + $"reportOnlySuccess {EvidenceVerdict.N(promotion.ReportOnlySuccess)}, reportOnlyNotApplied {EvidenceVerdict.N(promotion.ReportOnlyNotApplied)}"
        + (promotion.ReplayFailures != promotion.ReportOnlyFailure ? $"; the replay fails {EvidenceVerdict.N(promotion.ReplayFailures)} (the service's count decides)" : "");

    public static string Example(PromotionExample example) =>
        $"{example.At.UtcDateTime:yyyy-MM-dd HH:mm}Z {example.Guest}, {example.App}: {example.Result} (sign-in {example.SignInId})";

    public static string Agreement(ReplayAgreement agreement) =>
        $"Replay against the service: {EvidenceVerdict.Rate(agreement)} agree ({EvidenceVerdict.N(agreement.Agreed)} of {EvidenceVerdict.N(agreement.Compared)} policy verdicts"
        + (agreement.NotCovered > 0 ? $"; {EvidenceVerdict.N(agreement.NotCovered)} not covered: the log lacks a fact the policy conditions on" : "") + ")";

    public static string Disagreement(ReplayDisagreement d) =>
        $"'{d.Policy}': the service says {d.ServiceResult}, the replay says it {(d.ReplayApplies ? "applies" : "does not apply")} ({d.Condition}); {EvidenceVerdict.N(d.SignIns)} sign-in{(d.SignIns == 1 ? "" : "s")}, e.g. {d.ExampleSignInId}";

    public static string Read(EvidenceReport report) =>
        $"guest sign-ins of the last {report.Days} days, read scope: {ResourceNames.Of(report.Scope)}; "
        + $"{EvidenceVerdict.N(report.SignInsRead)} sign-in{(report.SignInsRead == 1 ? "" : "s")} read in {EvidenceVerdict.N(report.Requests)} request{(report.Requests == 1 ? "" : "s")}"
        + (report.Result is { OtherSignIns: > 0 } result ? $", {EvidenceVerdict.N(result.OtherSignIns)} of them not guests'" : "");
}
