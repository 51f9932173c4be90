using System.Globalization;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Query;

/// <summary>
/// Opaque-looking page and delta tokens. A skiptoken names the store slot to resume from, so the next
/// page costs O(page), and slots never move, so paging stays consistent while users are added.
/// </summary>
internal static class PageToken
{
    private const string SlotPrefix = "RmFrZVBhZ2U";

    public static string ForSlot(int slot) => SlotPrefix + slot.ToString(CultureInfo.InvariantCulture);

    public static bool TryReadSlot(string? token, out int slot)
    {
        slot = 0;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        return token.StartsWith(SlotPrefix, StringComparison.Ordinal)
            && int.TryParse(token.AsSpan(SlotPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out slot);
    }

    /// <summary>Rebuilds the request URL on the emulator's own base with the given query options replaced.</summary>
    public static string Link(string baseUrl, EmulatorRequest request, string path, params (string Key, string? Value)[] replace)
    {
        var query = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in request.Query)
        {
            if (!replace.Any(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                query.Add(new(key, value));
            }
        }
        query.AddRange(replace.Where(r => r.Value is not null).Select(r => new KeyValuePair<string, string>(r.Key, r.Value!)));
        return baseUrl + path + (query.Count == 0 ? "" : "?" + string.Join("&",
            query.Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value).Replace("%2C", ",", StringComparison.Ordinal))));
    }
}
