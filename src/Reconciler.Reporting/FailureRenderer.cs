using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Reporting;

/// <summary>
/// What a command that stopped before its report says in the format it was asked for, so that
/// <c>drift --output json &gt; report.json</c> still leaves a document a machine can read (and a pull-request comment
/// still says why), instead of an empty file. The diagnostics also went to stderr, as lines editors annotate.
/// </summary>
public static class FailureRenderer
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <returns>The document, or null for text, where stderr already said it all.</returns>
    public static string? Render(string command, IReadOnlyList<Diagnostic> diagnostics, ReportFormat format) => format switch
    {
        ReportFormat.Json => JsonSerializer.Serialize(Document(command, diagnostics), Json).ReplaceLineEndings("\n") + "\n",
        ReportFormat.Markdown => Markdown(command, diagnostics),
        ReportFormat.Html => Html.HtmlRenderer.Failure(command, diagnostics.Select(ReportBuilder.Row).ToList()),
        _ => null,
    };

    private static object Document(string command, IReadOnlyList<Diagnostic> diagnostics) => new
    {
        schemaVersion = SchemaVersion,
        kind = "failure",
        command,
        diagnostics = diagnostics.Select(ReportBuilder.Row).Select(JsonReportDocument.FindingOf),
    };

    private static string Markdown(string command, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder()
            .Append("> [!CAUTION]\n")
            .Append($"> **`reconciler {command}` stopped before its report** ({diagnostics.Count(d => d.IsError)} error(s)).\n\n");
        foreach (var d in diagnostics)
        {
            text.Append("- ").Append(MarkdownText.Code(d.Code, inTable: false)).Append(' ')
                .Append(d.Location is { } at ? MarkdownText.Code(at.ToString(), inTable: false) + ": " : "")
                .Append(MarkdownText.Text(d.Message)).Append('\n');
        }

        return text.ToString();
    }
}
