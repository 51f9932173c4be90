using Reconciler.Access.Evidence;
using Reconciler.Model.Live;

namespace Reconciler.Reporting.Evidence;

/// <summary>
/// The evidence block of a JSON report (<c>$defs/evidence</c> in docs/schema/report.schema.json): the same
/// numbers the text shows, with every row, guest, promotion and disagreement. <see cref="Failure"/> is set, and the
/// rest null, when the sign-in log could not be read.
/// </summary>
public sealed record EvidenceJson(
    int Days,
    ReadScope Scope,
    int Requests,
    int SignInsRead,
    bool Available,
    string Verdict,
    EvidenceCounts? Totals,
    int? OtherSignIns,
    IReadOnlyList<EvidenceRow>? Rows,
    IReadOnlyList<AffectedGuest>? MostAffected,
    ReplayAgreement? Agreement,
    IReadOnlyList<PromotionEvidence>? Promotions,
    EvidenceJson.InferenceJson? HomeTenantsInferred,
    JsonReportDocument.Finding? Failure)
{
    public sealed record InferenceJson(int Guests, IReadOnlyList<string> Domains);

    public static EvidenceJson From(EvidenceReport report)
    {
        var result = report.Result;
        return new EvidenceJson(
            report.Days,
            report.Scope,
            report.Requests,
            report.SignInsRead,
            report.Available,
            report.Verdict,
            result?.Totals,
            result?.OtherSignIns,
            result?.Rows,
            result?.MostAffected,
            result?.Agreement,
            result?.Promotions,
            result is null ? null : new InferenceJson(result.GuestsWithInferredHomeTenant, result.InferredFromDomains),
            report.Failure is { } failure ? JsonReportDocument.FindingOf(failure) : null);
    }
}
