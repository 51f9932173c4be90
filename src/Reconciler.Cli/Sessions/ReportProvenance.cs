using Reconciler.Cli.Hosting;
using Reconciler.Reporting;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// What a report says about where it comes from: the commit (<c>--commit</c>, else the one GitHub Actions checked
/// out), when the tenant was read, and the run whose artifacts hold the whole report when a comment is cut.
/// </summary>
internal static class ReportProvenance
{
    public const string CommitVariable = "GITHUB_SHA";

    public static PlanReport Stamp(PlanReport report, string? commit, DateTimeOffset readAt, CliIo io) =>
        report.Stamped(Commit(commit, io), readAt, RunUrl(io));

    public static DriftReport Stamp(DriftReport report, string? commit, DateTimeOffset readAt, CliIo io) =>
        report.Stamped(Commit(commit, io), readAt, RunUrl(io));

    private static string? Commit(string? commit, CliIo io) =>
        commit is { Length: > 0 } ? commit : io.Environment(CommitVariable) is { Length: > 0 } sha ? sha : null;

    /// <summary>The run's page, which lists its artifacts; only when GitHub Actions says all three parts.</summary>
    private static string? RunUrl(CliIo io) =>
        (io.Environment("GITHUB_SERVER_URL"), io.Environment("GITHUB_REPOSITORY"), io.Environment("GITHUB_RUN_ID")) is ({ Length: > 0 } server, { Length: > 0 } repository, { Length: > 0 } run)
            ? $"{server.TrimEnd('/')}/{repository}/actions/runs/{run}"
            : null;
}
