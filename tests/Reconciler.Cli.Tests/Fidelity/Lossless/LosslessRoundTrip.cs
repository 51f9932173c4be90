using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;
using Reconciler.Testing.Properties;

namespace Reconciler.Cli.Tests.Fidelity.Lossless;

/// <summary>
/// The round trip, run once for every case: a local tenant seeded with one object per modelled leaf (the default holding
/// them all), exported; drift of the export against it; the export applied to a second local tenant that holds only the
/// member the policies name; drift against that one. The tests then read both tenants property by property.
/// </summary>
public sealed class LosslessRoundTrip : IAsyncLifetime
{
    private TenantFixture? _source;
    private TenantFixture? _target;

    internal static IReadOnlyList<(LosslessCase Case, JsonObject Object)> Built { get; } = [.. LosslessKinds.All.SelectMany(k => k.Cases())];

    public CliResult Export { get; private set; } = new(-1, "", "");

    public CliResult Validate { get; private set; } = new(-1, "", "");

    public CliResult SourceDrift { get; private set; } = new(-1, "", "");

    public CliResult Apply { get; private set; } = new(-1, "", "");

    public CliResult TargetDrift { get; private set; } = new(-1, "", "");

    public string Exported { get; private set; } = "";

    /// <summary>The second tenant's default before apply: Microsoft's values, which a default sample must differ from.</summary>
    public JsonObject TargetDefaultBefore { get; private set; } = [];

    public TenantStore Source => _source!.Store;

    public TenantStore Target => _target!.Store;

    public async Task InitializeAsync()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"reconciler-lossless-{Guid.NewGuid():n}.json");
        var empty = Path.Combine(Path.GetTempPath(), $"reconciler-lossless-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(seed, Seed().ToJsonString());
        await File.WriteAllTextAsync(empty, new JsonObject { ["users"] = new JsonArray(Member()) }.ToJsonString());
        _source = await TenantFixture.StartWithSeedAsync(seed);
        _target = await TenantFixture.StartWithSeedAsync(empty);
        File.Delete(seed);
        File.Delete(empty);
        TargetDefaultBefore = _target.Store.CrossTenantDefault();

        using var stack = StackFolder.WithSample();
        using var adopted = StackFolder.With("config: {}\n");
        Export = await _source.RunAsync(stack, "export", "--out", adopted.StackFile);
        Exported = File.Exists(adopted.StackFile) ? await File.ReadAllTextAsync(adopted.StackFile) : "";
        Validate = await CliRunner.RunAsync(adopted.Path, "validate");
        SourceDrift = await _source.RunAsync(adopted, "drift");
        Apply = await _target.RunAsync(adopted, "apply", "--yes");
        TargetDrift = await _target.RunAsync(adopted, "drift");
    }

    /// <summary>The object a case set its leaf on, as one tenant holds it.</summary>
    internal static JsonObject? Find(TenantStore store, LosslessCase @case) => @case.Kind switch
    {
        "conditionalAccessPolicy" => store.ConditionalAccessPolicies().SingleOrDefault(p => (string?)p["displayName"] == @case.Key),
        "crossTenantAccessPolicyConfigurationPartner" => store.GetPartner(@case.Key),
        "crossTenantAccessPolicyConfigurationDefault" => store.CrossTenantDefault(),
        _ => store.Users().SingleOrDefault(u => string.Equals((string?)u["mail"], @case.Key, StringComparison.OrdinalIgnoreCase)),
    };

    private static JsonObject Seed()
    {
        JsonNode[] Of(string kind) => [.. Built.Where(b => b.Case.Kind == kind).Select(b => b.Object.DeepClone())];
        var defaults = new JsonObject();
        foreach (var (_, obj) in Built.Where(b => b.Case.Kind == LosslessKinds.Default.Kind))
        {
            JsonPaths.Merge(defaults, obj);
        }

        defaults.Remove("key");
        return new JsonObject
        {
            ["users"] = new JsonArray([Member(), .. Of(LosslessKinds.Guests.Kind)]),
            ["conditionalAccessPolicies"] = new JsonArray(Of(LosslessKinds.Policies.Kind)),
            ["crossTenantAccessPolicy"] = new JsonObject { ["default"] = defaults, ["partners"] = new JsonArray(Of(LosslessKinds.Partners.Kind)) },
        };
    }

    private static JsonObject Member() => new()
    {
        ["id"] = Samples.MemberId,
        ["displayName"] = "Break Glass",
        ["mail"] = Samples.MemberMail,
        ["userPrincipalName"] = Samples.MemberUpn,
        ["userType"] = "Member",
    };

    public async Task DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }

        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }
}
