using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Reconciler.Testing.Reports;

/// <summary>
/// The published contract of the JSON reports, docs/schema/report.schema.json (copied beside the tests), applied to
/// a document: every problem as "where: what", none when it validates. A JSON report is any object with a
/// <c>schemaVersion</c> and a <c>kind</c>.
/// </summary>
internal static class ReportSchema
{
    public const string RelativePath = "docs/schema/report.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schema", "report.schema.json")));

    public static bool IsReport(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject root && root.ContainsKey("schemaVersion") && root.ContainsKey("kind");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Distinct()];
    }
}
