using System.Text.Json.Nodes;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// The seed's sign-in kinds, applied after its users, policies and cross-tenant settings (a performed sign-in is judged
/// against them): <c>signIns</c>, Graph-shaped sign-ins logged as given; <c>signInSchedule</c>, generated ones (see
/// <see cref="SignInSchedule"/>); and <c>signInLogs: {premiumLicence: false}</c>, a tenant Graph serves no log to.
/// </summary>
internal static class SignInSeed
{
    public static void Apply(TenantStore store, JsonObject seed, Action<string, string?, Action> named)
    {
        foreach (var (signIn, index) in ((seed["signIns"] as JsonArray)?.OfType<JsonObject>() ?? []).Select((s, i) => (s, i)))
        {
            named($"signIns[{index}]", Http.Wire.AsString(signIn["id"]), () => store.AddSignIn(signIn));
        }
        if (seed["signInSchedule"] is JsonObject schedule)
        {
            named("signInSchedule", null, () => store.Write(() =>
            {
                foreach (var request in SignInSchedule.Expand(schedule, DateTimeOffset.UtcNow))
                {
                    store.CommitSignIn(SignInPerformer.Perform(store, request));
                }
                return 0;
            }));
        }
        if (seed["signInLogs"] is JsonObject { } logs && logs["premiumLicence"] is JsonValue licence && licence.TryGetValue<bool>(out var licensed))
        {
            store.SetPremiumLicence(licensed);
        }
    }
}
