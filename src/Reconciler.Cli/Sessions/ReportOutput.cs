using Reconciler.Cli.Hosting;
using Reconciler.Model.Diagnostics;
using Reconciler.Reporting;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// Where a command's report goes and how it looks: --output, --out and --color, decided once per run. plan and drift
/// write every --out, each in the format of its extension; commands with one report write the last.
/// </summary>
public sealed record ReportOutput(ReportFormat Format, IReadOnlyList<string> OutFiles, ColorMode Color)
{
    public ReportOutput(ReportFormat format, string? outFile, ColorMode color)
        : this(format, outFile is null ? [] : [outFile], color)
    {
    }

    /// <summary>The one file a single-report command writes, or null for stdout.</summary>
    public string? OutFile => OutFiles.Count > 0 ? OutFiles[^1] : null;

    /// <summary>The same choices for one of several --out files: its extension (.md, .markdown, .json, .html) names its format.</summary>
    public ReportOutput For(string outFile) => new(FromExtension(outFile) ?? Format, outFile, Color);

    private static ReportFormat? FromExtension(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".json" => ReportFormat.Json,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>Colour only for a person at a terminal (not a file, not a pipe, not NO_COLOR), unless --color says otherwise.</summary>
    public bool Colour(CliIo io) => Format == ReportFormat.Text && Color switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => OutFile is null && !io.IsOutputRedirected && string.IsNullOrEmpty(io.Environment("NO_COLOR")),
    };

    /// <summary>Text wraps to the terminal only when it is going to the terminal.</summary>
    public IReportRenderer Renderer(CliIo io) => ReportRenderers.For(Format, Colour(io), OutFile is null ? io.ReportWidth : null);

    /// <summary>B2B1104 when the command cannot write the format asked for.</summary>
    public Diagnostic? Unsupported(string command, params ReportFormat[] supported) =>
        supported.Contains(Format)
            ? null
            : CommandLineDiagnostics.FormatNotSupported(command, EnumOption.Token(Format), supported.Select(f => EnumOption.Token(f)));
}
