using System.Text.Json;
using System.Text.Json.Serialization;
using Reconciler.Core.DesiredState.Loading;

namespace Reconciler.Cli.Output;

/// <summary>
/// <c>validate --output json</c>: whether the stack is valid, and what a pipeline decides by (which engine owns
/// writes, where the tenant is), read by the loader rather than by grep, so quoting or comments cannot fool it.
/// </summary>
internal static class ValidationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Render(LoadResult result) => JsonSerializer.Serialize(
        new Document(
            1,
            "validation",
            result.IsValid,
            result.State?.StackName,
            result.State?.TenantId,
            result.State is { } state ? JsonNamingPolicy.CamelCase.ConvertName(state.Engine.ToString()) : null,
            result.State?.GraphUrl,
            [.. result.Diagnostics.Select(d => new DiagnosticEntry(
                d.Code,
                d.Severity.ToString().ToLowerInvariant(),
                d.Message,
                d.Location is { } at ? new LocationEntry(at.File, at.Line, at.Column) : null))]),
        Options) + "\n";

    private sealed record Document(int SchemaVersion, string Kind, bool Valid, string? Stack, string? TenantId, string? Engine, string? GraphUrl, IReadOnlyList<DiagnosticEntry> Diagnostics);

    private sealed record DiagnosticEntry(string Code, string Severity, string Message, LocationEntry? Location);

    private sealed record LocationEntry(string File, int Line, int Column);
}
