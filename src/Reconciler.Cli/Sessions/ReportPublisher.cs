using Reconciler.Cli.Hosting;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// Writes a drift or plan report to stdout in the chosen format, or to each --out file in the format its extension
/// names, all from the one read; and its markdown to the CI job summary when there is one.
/// </summary>
internal static class ReportPublisher
{
    public static async Task PublishAsync(Func<IReportRenderer, string> render, OutputFormat format, IReadOnlyList<string> outFiles, CliIo io, CancellationToken cancellationToken)
    {
        if (outFiles.Count == 0)
        {
            await ReportWriter.WriteAsync(render(ReportFormats.For(format, null, io)), null, io, cancellationToken);
        }

        foreach (var outFile in outFiles)
        {
            await ReportWriter.WriteAsync(render(ReportFormats.For(ReportFormats.FromExtension(outFile) ?? format, outFile, io)), outFile, io, cancellationToken);
        }

        await ReportWriter.AppendToStepSummaryAsync(render(ReportRenderers.For(ReportFormat.Markdown)), io, cancellationToken);
    }
}
