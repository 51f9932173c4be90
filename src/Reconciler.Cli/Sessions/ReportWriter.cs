using Reconciler.Cli.Hosting;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>Reports go to stdout, or to <c>--out FILE</c>; nothing else is ever written to either.</summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(string report, string? outFile, CliIo io, CancellationToken cancellationToken)
    {
        io.Record.WroteReport();
        if (outFile is null)
        {
            await io.Out.WriteAsync(report);
            if (!report.EndsWith('\n'))
            {
                await io.Out.WriteLineAsync();
            }

            return;
        }

        var path = io.ResolvePath(outFile);
        if (Directory.Exists(path))
        {
            throw new DiagnosticException(CommandLineDiagnostics.OutputNotWritable(outFile, "it is a folder, not a file"));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Reports name guests: written as private files, never through a link someone else may have planted.
            await PrivateFile.WriteAsync(path, report, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(CommandLineDiagnostics.OutputNotWritable(outFile, e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.')));
        }
    }

    /// <summary>GitHub Actions shows what a step appends to this file on the run's summary page.</summary>
    /// <param name="markdown">Rendered only when there is a job summary: outside CI a large plan is not rendered twice for nothing.</param>
    public static async Task AppendToStepSummaryAsync(Func<string> markdown, CliIo io, CancellationToken cancellationToken)
    {
        if (io.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, markdown() + Environment.NewLine, cancellationToken);
        }
    }
}
