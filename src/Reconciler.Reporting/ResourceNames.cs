using System.Text.Json;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>The words reports use for the model's enums: the JSON report's camelCase names.</summary>
public static class ResourceNames
{
    public static string Of(ResourceType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());

    public static string Of(DriftStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Of(ChangeKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Of(ReadScope scope) => JsonNamingPolicy.CamelCase.ConvertName(scope.ToString());

    /// <summary>The key, with a partner's organisation name beside its tenant id.</summary>
    public static string Label(string key, string? name) => name is null ? key : $"{key} ({name})";
}
