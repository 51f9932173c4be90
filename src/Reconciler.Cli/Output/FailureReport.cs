using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Reporting;

namespace Reconciler.Cli.Output;

/// <summary>
/// When a reporting command fails before its report (an invalid stack, a tenant that cannot be read), the
/// diagnostics it wrote to stderr are also written where the report would have gone, in its format: stdout, or each
/// --out file. A pipeline that runs <c>drift --output json &gt; drift.json</c> then reads a document that says why,
/// not an empty file.
/// </summary>
internal static class FailureReport
{
    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal) { "drift", "plan", "whatif", "validate", "evidence" };

    public static async Task WriteAsync(ParseResult parsed, CommandContext context, CancellationToken cancellationToken)
    {
        var command = parsed.CommandResult.Command.Name;
        var record = context.Io.Record;
        if (!Reporting.Contains(command) || record.ReportWritten || !record.Diagnostics.Any(d => d.IsError))
        {
            return;
        }

        var output = context.ReportOutput(parsed);
        var targets = output.OutFiles.Count == 0 ? [(output.Format, (string?)null)] : output.OutFiles.Select(f => (output.For(f).Format, (string?)f)).ToList();
        foreach (var (format, file) in targets)
        {
            if (FailureRenderer.Render(command, record.Diagnostics, format) is not { } document)
            {
                continue;
            }
            try
            {
                await ReportWriter.WriteAsync(document, file, context.Io, cancellationToken);
            }
            catch (Model.Diagnostics.DiagnosticException)
            {
                // The file cannot be written (often the very failure being reported): stderr has said so already.
            }
        }
    }
}
