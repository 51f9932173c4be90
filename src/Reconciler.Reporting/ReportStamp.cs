using System.Globalization;

namespace Reconciler.Reporting;

/// <summary>Which commit a report shows and when the tenant was read: the markdown's line under its verdict, and the JSON's fields.</summary>
public static class ReportStamp
{
    /// <summary>"Commit 1a2b3c, tenant read 2026-12-03 09:30:00Z", or the half that is known, or nothing.</summary>
    public static string Of(ReportHeader header, Func<string, string> escape)
    {
        var parts = new List<string>();
        if (header.Commit is { Length: > 0 } commit)
        {
            parts.Add($"Commit {escape(commit)}");
        }

        if (header.ReadAt is { } readAt)
        {
            parts.Add($"tenant read {Time(readAt)}");
        }

        var text = string.Join(", ", parts);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>UTC to the second, the one format every report and the JSON's <c>readAt</c> agree on.</summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DriftReport Stamped(this DriftReport report, string? commit, DateTimeOffset readAt, string? runUrl = null) =>
        report with { Header = report.Header with { Commit = commit, ReadAt = readAt, RunUrl = runUrl } };

    public static PlanReport Stamped(this PlanReport report, string? commit, DateTimeOffset readAt, string? runUrl = null) =>
        report with { Drift = report.Drift.Stamped(commit, readAt, runUrl) };
}
