using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Benchmarks.Tenant;

/// <summary>
/// A month of sign-ins for the evidence scenarios: <see cref="Count"/> of them, spread over the first
/// <see cref="Guests"/> seeded guests (the declared ones among them), two apps and two clients, every second one with
/// home-tenant MFA, each naming the declared policies the tenant holds as the service would (report-only, interrupted
/// for MFA). Logged as Graph JSON directly: performing 100,000 sign-ins against 300 policies would time the seeding.
/// </summary>
internal static class BenchSignIns
{
    public const int Count = 100_000;

    public const int Guests = 1_000;

    private static readonly (string Id, string Name)[] Apps =
    [
        ("797f4846-ba00-4fd7-ba43-dac1f8f63013", "Windows Azure Service Management API"),
        ("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"),
    ];

    private static readonly (string Client, string System)[] Clients = [("Browser", "Windows 10"), ("Mobile Apps and Desktop clients", "iOS 18.1")];

    public static void Seed(TenantStore store, BenchOptions options)
    {
        var guests = store.Users().Take(Math.Min(Guests, options.Guests)).Select(u => ((string)u["id"]!, (string?)u["mail"], (string?)u["displayName"])).ToList();
        var policies = store.ConditionalAccessPolicies().Take(options.DeclaredPolicies).Select(p => ((string)p["id"]!, (string?)p["displayName"])).ToList();
        var now = DateTimeOffset.UtcNow;
        store.AddSignIns(Enumerable.Range(0, Count).Select(k =>
        {
            var (id, mail, name) = guests[k % guests.Count];
            var (appId, appName) = Apps[k / guests.Count % Apps.Length];
            var (client, system) = Clients[k / guests.Count / Apps.Length % Clients.Length];
            return new JsonObject
            {
                ["id"] = Guid.CreateVersion7(now).ToString(),
                ["createdDateTime"] = now.AddSeconds(-(k * 25.0)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["userDisplayName"] = name,
                ["userPrincipalName"] = mail,
                ["userId"] = id,
                ["appId"] = appId,
                ["appDisplayName"] = appName,
                ["clientAppUsed"] = client,
                ["deviceDetail"] = new JsonObject { ["operatingSystem"] = system },
                ["status"] = new JsonObject { ["errorCode"] = 0, ["additionalDetails"] = k % 2 == 0 ? "MFA requirement satisfied by claim in the token" : null },
                ["appliedConditionalAccessPolicies"] = new JsonArray([.. policies.Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = p.Item1, ["displayName"] = p.Item2, ["enforcedGrantControls"] = new JsonArray("Mfa"), ["enforcedSessionControls"] = new JsonArray(), ["result"] = "reportOnlyInterrupted",
                })]),
            };
        }));
    }
}
