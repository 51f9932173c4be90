using System.Text.Json.Nodes;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator;

/// <summary>
/// The sign-in log: kept newest first, appended by the sign-in route and by seeds, read in pages. Whether the tenant
/// holds an Entra ID P1 or P2 licence decides whether Graph serves the log at all.
/// </summary>
public sealed partial class TenantStore
{
    private readonly List<SignInRecord> _signIns = [];
    private long _signInSequence;

    /// <summary>False imitates a tenant without a premium licence: Graph then refuses the sign-in log with 403.</summary>
    internal bool SignInLogsLicensed { get; private set; } = true;

    internal IReadOnlyList<SignInRecord> SignInLog => _signIns;

    /// <summary>Adds a sign-in as Graph JSON (the caller has filled every field). Callers hold the write lock.</summary>
    internal void CommitSignIn(JsonObject signIn) => Commit(Entry("signIn", Http.Wire.AsString(signIn["id"]), signIn));

    private void ApplySignIn(JsonObject? data)
    {
        if (data is null)
        {
            return;
        }
        var record = SignInRecord.From(data, ++_signInSequence);
        // Sign-ins arrive mostly in time order, so the search nearly always lands at the end.
        var at = _signIns.BinarySearch(record, Comparer<SignInRecord>.Create((a, b) => a.CompareNewestFirst(b)));
        _signIns.Insert(at < 0 ? ~at : at, record);
    }

    private void ApplySignInSettings(JsonObject? data) =>
        SignInLogsLicensed = data?["premiumLicence"] is not JsonValue licensed || !licensed.TryGetValue<bool>(out var value) || value;

    private IEnumerable<JsonObject> SignInEntries() =>
        _signIns.AsEnumerable().Reverse().Select(r => Entry("signIn", r.Id, r.ToJson()))
            .Append(Entry("signInSettings", null, new JsonObject { ["premiumLicence"] = SignInLogsLicensed }));

    // ---- public test/seed surface -------------------------------------------------------------

    public int SignInCount => Read(() => _signIns.Count);

    /// <summary>Every sign-in, newest first, as Graph JSON.</summary>
    public IReadOnlyList<JsonObject> SignIns() => Read(() => _signIns.Select(r => r.ToJson()).ToList());

    /// <summary>Imitates a tenant without (or with) an Entra ID P1/P2 licence, which Graph needs to serve sign-in logs.</summary>
    public void SetPremiumLicence(bool licensed) => Write(() =>
    {
        Commit(Entry("signInSettings", null, new JsonObject { ["premiumLicence"] = licensed }));
        return 0;
    });

    /// <summary>Logs a Graph-shaped sign-in as given, filling only what the log always carries (id, defaults).</summary>
    public JsonObject AddSignIn(JsonObject signIn) => Write(() =>
    {
        var complete = Reconciler.Emulator.SignIns.SignInShape.Complete(signIn);
        CommitSignIn(complete);
        return (JsonObject)complete.DeepClone();
    });

    /// <summary>Many at once, under one lock, as a seed or a benchmark fills a month of sign-ins.</summary>
    public void AddSignIns(IEnumerable<JsonObject> signIns) => Write(() =>
    {
        foreach (var signIn in signIns)
        {
            CommitSignIn(Reconciler.Emulator.SignIns.SignInShape.Complete(signIn));
        }
        return 0;
    });
}
