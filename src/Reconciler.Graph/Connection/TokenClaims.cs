using System.Text;
using System.Text.Json;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Connection;

/// <summary>
/// The two claims the reconciler cares about, read from a JWT's payload without validating it
/// (Graph validates; we only want to stop early). The token itself is never kept.
/// </summary>
public sealed record TokenClaims(string? TenantId, IReadOnlySet<string> Roles)
{
    public static TokenClaims? TryRead(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }
        try
        {
            using var payload = JsonDocument.Parse(DecodeSegment(parts[1]));
            var root = payload.RootElement;
            var tid = JsonGet.Text(root, "tid");
            var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array)
            {
                roles.UnionWith(r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }
            return new TokenClaims(tid, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] DecodeSegment(string segment)
    {
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        return Convert.FromBase64String(base64);
    }

    public override string ToString() => $"TokenClaims {{ TenantId = {TenantId}, Roles = {string.Join(",", Roles)} }}";
}
