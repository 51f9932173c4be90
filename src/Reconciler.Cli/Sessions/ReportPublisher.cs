using Reconciler.Cli.Hosting;
using Reconciler.Reporting;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// Writes a drift or plan report to stdout in the chosen format, or to each --out file in the format its extension
/// names, all from the one read; and its markdown to the CI job summary when there is one.
/// </summary>
internal static class ReportPublisher
{
    public static async Task PublishAsync(Func<IReportRenderer, string> render, ReportOutput output, CliIo io, CancellationToken cancellationToken)
    {
        if (output.OutFiles.Count == 0)
        {
            await ReportWriter.WriteAsync(render(output.Renderer(io)), null, io, cancellationToken);
        }

        foreach (var outFile in output.OutFiles)
        {
            await ReportWriter.WriteAsync(render(output.For(outFile).Renderer(io)), outFile, io, cancellationToken);
        }

        await ReportWriter.AppendToStepSummaryAsync(() => render(ReportRenderers.For(ReportFormat.Markdown)), io, cancellationToken);
    }
}
