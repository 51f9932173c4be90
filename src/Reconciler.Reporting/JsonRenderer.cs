using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciler.Reporting;

/// <summary>
/// For machines: a versioned document (<see cref="JsonReportDocument.CurrentSchemaVersion"/>). Fields are only ever
/// added within a version; a removal or a change of meaning bumps it.
/// </summary>
public sealed class JsonRenderer : IReportRenderer
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Render(DriftReport report) => Serialize(JsonReportDocument.From(report));

    public string Render(PlanReport report) => Serialize(JsonReportDocument.From(report));

    private static string Serialize(JsonReportDocument document) =>
        JsonSerializer.Serialize(document, Options).ReplaceLineEndings("\n") + "\n";
}
