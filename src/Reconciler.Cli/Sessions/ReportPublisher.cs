using Reconciler.Cli.Hosting;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Sessions;

/// <summary>Writes a drift or plan report in the chosen format, and its markdown to the CI job summary when there is one.</summary>
internal static class ReportPublisher
{
    public static async Task PublishAsync(Func<IReportRenderer, string> render, ReportOutput output, CliIo io, CancellationToken cancellationToken)
    {
        await ReportWriter.WriteAsync(render(output.Renderer(io)), output.OutFile, io, cancellationToken);
        await ReportWriter.AppendToStepSummaryAsync(render(ReportRenderers.For(ReportFormat.Markdown)), io, cancellationToken);
    }
}
