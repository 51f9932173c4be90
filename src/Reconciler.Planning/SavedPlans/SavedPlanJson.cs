using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.SavedPlans;

/// <summary>The saved plan's file format, version <see cref="SavedPlan.FormatVersion"/> (docs/saved-plans.md).</summary>
public static class SavedPlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static string Write(SavedPlan plan)
    {
        var file = new SavedPlanFile(
            SavedPlan.FormatName,
            SavedPlan.FormatVersion,
            plan.StackName,
            plan.TenantId,
            plan.StackHash,
            plan.ReadAt,
            plan.Options,
            plan.Scope,
            new SummaryFile(plan.Summary.Add, plan.Summary.Change, plan.Summary.Remove),
            [.. plan.Actions.Select(a => new ActionFile(a.ResourceType, a.Kind, a.Key, a.LiveFingerprint, a.Hash, JsonNode.Parse(a.Body)!.AsObject()))],
            plan.Objects);
        return JsonSerializer.Serialize(file, Options) + "\n";
    }

    /// <summary>The plan, or why the text is not one this version can apply.</summary>
    public static (SavedPlan? Plan, string? Problem) Read(string text)
    {
        SavedPlanFile? file;
        try
        {
            var format = JsonNode.Parse(text)?["format"]?.GetValue<string>();
            if (format != SavedPlan.FormatName)
            {
                return (null, $"its format is not '{SavedPlan.FormatName}'");
            }

            file = JsonSerializer.Deserialize<SavedPlanFile>(text, Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, $"it is not valid saved-plan JSON ({e.Message.Split('.')[0]})");
        }

        if (file is null)
        {
            return (null, "it is empty");
        }

        if (file.Version != SavedPlan.FormatVersion)
        {
            return (null, $"it is format version {file.Version}, and this version reads {SavedPlan.FormatVersion}");
        }

        var actions = file.Actions.Select(a => new SavedAction(a.ResourceType, a.Kind, a.Key, a.Action.ToJsonString(), a.Hash, a.LiveFingerprint)).ToList();
        return (new SavedPlan(file.Stack, file.TenantId, file.StackHash, file.ReadAt, file.Options, file.Scope, actions, file.Objects), null);
    }

    private sealed record SavedPlanFile(
        string Format,
        int Version,
        string Stack,
        string TenantId,
        string StackHash,
        DateTimeOffset ReadAt,
        SavedPlanOptions Options,
        ReadScope Scope,
        SummaryFile Summary,
        IReadOnlyList<ActionFile> Actions,
        IReadOnlyList<SavedObject> Objects);

    private sealed record SummaryFile(int Add, int Change, int Remove);

    private sealed record ActionFile(ResourceType ResourceType, ChangeKind Kind, string Key, string LiveFingerprint, string Hash, JsonObject Action);
}
