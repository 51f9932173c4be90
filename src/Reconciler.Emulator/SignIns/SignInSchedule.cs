using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// A seed's <c>signInSchedule</c>: a month (or <c>days</c>) of sign-ins made for each listed user, generated without
/// randomness so the same seed always logs the same sign-ins, each performed against the seeded policies like a
/// sign-in over the route. Sign-in <c>k</c> of a user (counting from the newest, <c>perDay</c> a day) uses
/// <c>apps[k % apps]</c>, <c>clients[k % clients]</c> and <c>places[k % places]</c>, and carries home-tenant MFA when
/// <c>k % homeTenantMfaEvery == 0</c>. Times are counted back from the moment the seed is applied, so the window a
/// reader asks for ("the last 30 days") always holds them.
/// </summary>
internal static class SignInSchedule
{
    public static IReadOnlyList<SignInRequest> Expand(JsonObject schedule, DateTimeOffset now)
    {
        var days = Number(schedule["days"], 30);
        var requests = new List<SignInRequest>();
        foreach (var (user, index) in ((schedule["users"] as JsonArray)?.OfType<JsonObject>() ?? []).Select((u, i) => (u, i)))
        {
            var place = $"signInSchedule.users[{index}]";
            var id = Wire.AsString(user["userId"]) ?? throw new ArgumentException($"{place} needs a userId.");
            var perDay = Number(user["perDay"], 1);
            var apps = Objects(user["apps"], place, "apps");
            var clients = Objects(user["clients"], place, "clients");
            var places = (user["places"] as JsonArray)?.OfType<JsonObject>().ToList() is { Count: > 0 } listed ? listed : [new JsonObject()];
            var homeMfaEvery = Number(user["homeTenantMfaEvery"], 0);
            for (var k = 0; k < days * perDay; k++)
            {
                // Spread over the day, and within the window: the oldest is days-1 days and a few hours back.
                var at = now.AddDays(-(k / perDay)).AddHours(-(1 + (k % perDay) * 24.0 / perDay / 2)).AddSeconds(-index);
                var app = apps[k % apps.Count];
                var client = clients[k % clients.Count];
                var where = places[k % places.Count];
                requests.Add(new SignInRequest
                {
                    Id = DeterministicId(id, k),
                    CreatedDateTime = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    User = id,
                    AppId = Wire.AsString(app["appId"]) ?? throw new ArgumentException($"{place}.apps needs appId on every entry."),
                    AppDisplayName = Wire.AsString(app["appDisplayName"]),
                    ClientAppUsed = Wire.AsString(client["clientAppUsed"]) ?? "Browser",
                    OperatingSystem = Wire.AsString(client["operatingSystem"]),
                    Browser = Wire.AsString(client["browser"]),
                    City = Wire.AsString(where["city"]),
                    State = Wire.AsString(where["state"]),
                    CountryOrRegion = Wire.AsString(where["countryOrRegion"]),
                    IpAddress = Wire.AsString(where["ipAddress"]),
                    HomeTenantMfa = homeMfaEvery > 0 && k % homeMfaEvery == 0,
                });
            }
        }
        return requests;
    }

    /// <summary>The same user and position give the same id, so a seed applied twice logs the same sign-ins.</summary>
    private static string DeterministicId(string userId, int k)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{userId}/{k}"));
        return new Guid(bytes.AsSpan(0, 16)).ToString();
    }

    private static List<JsonObject> Objects(JsonNode? node, string place, string name) =>
        (node as JsonArray)?.OfType<JsonObject>().ToList() is { Count: > 0 } list
            ? list
            : throw new ArgumentException($"{place} needs at least one entry in {name}.");

    private static int Number(JsonNode? node, int fallback) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) && number >= 0 ? number : fallback;
}
