using System.Text.Json;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// The guest cache of <c>drift --incremental</c>, kept beside the stack in <c>.reconciler/guest-cache.json</c>
/// (ignored by git), keyed by the Graph endpoint and tenant it was read from. Its deltaLink only means something to
/// the endpoint that issued it: a cache from another one (a standalone local tenant, then <c>graphUrl: local</c>) is
/// ignored with a note, and a missing or unreadable file only means the next read starts over.
/// </summary>
internal static class GuestCacheFile
{
    public const string RelativePath = ".reconciler/guest-cache.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="endpoint">The configured Graph endpoint (<c>local</c> or a URL), not the port a local tenant happens to listen on.</param>
    public static (GuestCache? Cache, string? Note) Read(string directory, string endpoint, string tenantId)
    {
        var path = Path.Combine(directory, RelativePath);
        Entry? entry;
        try
        {
            using var stream = File.OpenRead(path);
            entry = JsonSerializer.Deserialize<Entry>(stream, Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, null);
        }

        if (entry?.Cache is null)
        {
            return (null, null);
        }

        return string.Equals(entry.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase) && string.Equals(entry.Cache.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
            ? (entry.Cache, null)
            : (null, $"note: {RelativePath} was read from {entry.Endpoint ?? "an unknown endpoint"} (tenant {entry.Cache.TenantId}), not {endpoint} (tenant {tenantId}); reading every guest again.");
    }

    /// <summary>A private file (it holds every guest's mail, UPN and name), replaced whole, so an interrupted run leaves the previous cache.</summary>
    public static Task WriteAsync(string directory, string endpoint, GuestCache cache, CancellationToken cancellationToken) =>
        PrivateFile.WriteAsync(
            Path.Combine(directory, RelativePath),
            stream => JsonSerializer.SerializeAsync(stream, new Entry(endpoint, cache), Json, cancellationToken),
            cancellationToken);

    private sealed record Entry(string? Endpoint, GuestCache? Cache);
}
