using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Sessions;

/// <summary>Reports go to stdout, or to <c>--out FILE</c>; nothing else is ever written to either.</summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(string report, string? outFile, CliIo io, CancellationToken cancellationToken)
    {
        if (outFile is null)
        {
            await io.Out.WriteAsync(report);
            if (!report.EndsWith('\n'))
            {
                await io.Out.WriteLineAsync();
            }

            return;
        }

        // Reports name guests: written as private files, never through a link someone else may have planted.
        await PrivateFile.WriteAsync(io.ResolvePath(outFile), report, cancellationToken);
    }

    /// <summary>GitHub Actions shows what a step appends to this file on the run's summary page.</summary>
    public static async Task AppendToStepSummaryAsync(string markdown, CliIo io, CancellationToken cancellationToken)
    {
        if (io.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, markdown + Environment.NewLine, cancellationToken);
        }
    }
}
