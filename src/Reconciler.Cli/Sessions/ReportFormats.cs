using Reconciler.Cli.Hosting;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Sessions;

internal static class ReportFormats
{
    /// <summary>The format a file's extension names (.md, .markdown, .json), or null to use --output.</summary>
    public static OutputFormat? FromExtension(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => OutputFormat.Markdown,
        ".json" => OutputFormat.Json,
        _ => null,
    };

    /// <summary>Colour only for a person at a terminal: never in files, pipes or other formats.</summary>
    public static IReportRenderer For(OutputFormat format, string? outFile, CliIo io) => format switch
    {
        OutputFormat.Markdown => ReportRenderers.For(ReportFormat.Markdown),
        OutputFormat.Json => ReportRenderers.For(ReportFormat.Json),
        _ => ReportRenderers.For(ReportFormat.Text, colour: outFile is null && !io.IsOutputRedirected && io.Environment("NO_COLOR") is null),
    };
}
