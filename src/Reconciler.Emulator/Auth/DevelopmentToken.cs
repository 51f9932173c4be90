using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Emulator;

/// <summary>
/// Unsigned ("alg":"none") JWTs for the local tenant. The emulator checks claims, never signatures:
/// it exists to exercise permission and tenant logic, not cryptography.
/// </summary>
public static class DevelopmentToken
{
    public static string Create(string tenantId, IEnumerable<string> roles)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["aud"] = "https://graph.microsoft.com",
            ["iss"] = $"https://sts.windows.net/{tenantId}/",
            ["tid"] = tenantId,
            ["appid"] = "00000000-0000-0000-0000-00000000e1e1",
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()),
        };
        return Encode(header.ToJsonString()) + "." + Encode(payload.ToJsonString()) + ".";
    }

    // A client sends the same token on every request (and inside every $batch sub-request): decode it once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string TenantId, HashSet<string> Roles)?> Decoded = new(StringComparer.Ordinal);
    private const int DecodedLimit = 64;

    /// <summary>Reads tid and roles, or returns null when the token is not a parseable JWT.</summary>
    internal static (string TenantId, HashSet<string> Roles)? TryRead(string token)
    {
        if (Decoded.TryGetValue(token, out var known))
        {
            return known;
        }
        if (Decoded.Count >= DecodedLimit)
        {
            Decoded.Clear();
        }
        return Decoded[token] = Decode(token);
    }

    private static (string TenantId, HashSet<string> Roles)? Decode(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }
        try
        {
            var payload = JsonNode.Parse(DecodeSegment(parts[1])) as JsonObject;
            var tid = payload?["tid"]?.GetValue<string>();
            if (tid is null)
            {
                return null;
            }
            var roles = payload!["roles"] is JsonArray arr
                ? arr.Select(r => r?.GetValue<string>() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase)
                : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return (tid, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string DecodeSegment(string segment)
    {
        var s = segment.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        return Encoding.UTF8.GetString(Convert.FromBase64String(s));
    }
}
