using Reconciler.Access.Evidence;

namespace Reconciler.Reporting.Evidence;

/// <summary><c>--redact</c> for the evidence block: the guests it names are pseudonyms, their display names hidden.</summary>
public static class EvidenceRedaction
{
    public static EvidenceReport Redact(this Redactor redactor, EvidenceReport report) => report.Result is not { } result
        ? report with { Failure = report.Failure is { } f ? f with { Message = redactor.Text(f.Message) } : null }
        : report with
        {
            Result = result with
            {
                MostAffected = [.. result.MostAffected.Select(g => g with
                {
                    Guest = redactor.Text(g.Guest),
                    DisplayName = g.DisplayName is null ? null : Redactor.HiddenName,
                })],
                Promotions = [.. result.Promotions.Select(p => p with { Examples = [.. p.Examples.Select(e => e with { Guest = redactor.Text(e.Guest) })] })],
            },
        };
}
