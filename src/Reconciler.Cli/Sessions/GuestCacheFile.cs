using System.Text.Json;
using Reconciler.Core.Tenant;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// The guest cache of <c>drift --incremental</c>, kept beside the stack in <c>.reconciler/guest-cache.json</c>
/// (ignored by git). A missing, unreadable or other-tenant file only means the next read starts over.
/// </summary>
internal static class GuestCacheFile
{
    public const string RelativePath = ".reconciler/guest-cache.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static GuestCache? Read(string directory, string tenantId)
    {
        var path = Path.Combine(directory, RelativePath);
        try
        {
            using var stream = File.OpenRead(path);
            var cache = JsonSerializer.Deserialize<GuestCache>(stream, Json);
            return cache is not null && string.Equals(cache.TenantId, tenantId, StringComparison.OrdinalIgnoreCase) ? cache : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A private file (it holds every guest's mail, UPN and name), replaced whole, so an interrupted run leaves the previous cache.</summary>
    public static Task WriteAsync(string directory, GuestCache cache, CancellationToken cancellationToken) =>
        PrivateFile.WriteAsync(Path.Combine(directory, RelativePath), stream => JsonSerializer.SerializeAsync(stream, cache, Json, cancellationToken), cancellationToken);
}
