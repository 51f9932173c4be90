using Reconciler.Cli.Hosting;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Sessions;

/// <summary>Where a command's report goes and how it looks: --output, --out and --color, decided once per run.</summary>
public sealed record ReportOutput(ReportFormat Format, string? OutFile, ColorMode Color)
{
    /// <summary>Colour only for a person at a terminal (not a file, not a pipe, not NO_COLOR), unless --color says otherwise.</summary>
    public bool Colour(CliIo io) => Format == ReportFormat.Text && Color switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => OutFile is null && !io.IsOutputRedirected && string.IsNullOrEmpty(io.Environment("NO_COLOR")),
    };

    /// <summary>Text wraps to the terminal only when it is going to the terminal.</summary>
    public IReportRenderer Renderer(CliIo io) => ReportRenderers.For(Format, Colour(io), OutFile is null ? io.TerminalWidth : null);

    /// <summary>B2B1104 when the command cannot write the format asked for.</summary>
    public Diagnostic? Unsupported(string command, params ReportFormat[] supported) =>
        supported.Contains(Format)
            ? null
            : CommandLineDiagnostics.FormatNotSupported(command, EnumOption.Token(Format), supported.Select(f => EnumOption.Token(f)));
}
