using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Properties;

namespace Reconciler.Cli.Tests.Fidelity;

/// <summary>
/// Objects with the property sets and value shapes of Graph's own v1.0 documentation examples (Corpus/*.json, each
/// naming its pages in <c>$source</c>), brought into the local tenant by seed and by the API as a client would send
/// them, then exported: the export passes validate and holds no name outside Graph v1.0, drift is in sync, and apply has
/// nothing to write. Any property the export,
/// the comparison or the local tenant loses shows up here as drift or a refusal.
/// </summary>
public class DocumentationCorpusTests
{
    // conditionalaccessroot-post-policies (v1.0), examples 1 to 4.
    // crosstenantaccesspolicyconfigurationdefault-update (v1.0), examples 1 and 3; crosstenantaccesspolicy-post-partners (v1.0).
    // invitation-post (v1.0) and the user resource (v1.0).
    public static TheoryData<string, string> Cases() => new()
    {
        { "conditionalAccessPolicy.json", "seed" },
        { "conditionalAccessPolicy.json", "api" },
        { "crossTenantAccess.json", "seed" },
        { "crossTenantAccess.json", "api" },
        { "guests.json", "seed" },
        { "guests.json", "api" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryDocumentedExampleRoundTripsThroughExportDriftAndApply(string file, string route)
    {
        var corpus = Path.Combine(Repository.Root, "tests", "Reconciler.Cli.Tests", "Fidelity", "Corpus", file);
        await using var tenant = route == "seed" ? await TenantFixture.StartWithSeedAsync(corpus) : await TenantFixture.StartAsync();
        if (route == "api")
        {
            await CreateByApiAsync(tenant, JsonNode.Parse(File.ReadAllText(corpus))!.AsObject());
        }
        using var stack = StackFolder.WithSample();
        using var adopted = StackFolder.With("config: {}\n");

        var export = await tenant.RunAsync(stack, "export", "--out", adopted.StackFile);
        var exported = File.ReadAllText(adopted.StackFile);
        Assert.True(export.ExitCode == 0 && !export.Stderr.Contains("warning", StringComparison.Ordinal), export.All);
        Assert.All(Names(JsonNode.Parse(File.ReadAllText(corpus))!.AsObject()), name => Assert.Contains(name, exported, StringComparison.Ordinal));

        var validate = await CliRunner.RunAsync(adopted.Path, "validate");
        Assert.True(validate.ExitCode == 0 && !validate.All.Contains(": error ", StringComparison.Ordinal), validate.All + "\n--- exported\n" + exported);
        Assert.Empty(ExportedOutsideV1(exported));

        var drift = await tenant.RunAsync(adopted, "drift");
        Assert.True(drift.ExitCode == 0, drift.All + "\n--- exported\n" + exported);
        var writes = tenant.Tenant.Requests.WriteCount;
        var apply = await tenant.RunAsync(adopted, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);
    }

    /// <summary>The names the property table lists as not in the SDK's v1.0 model (beta-only ones...) that a stack file uses as keys.</summary>
    internal static IReadOnlyList<string> ExportedOutsideV1(string stack) =>
    [
        .. PropertyTable.Sections.SelectMany(s => s.Rows).Where(r => r.Classification == Classification.NotInV1Model).Select(r => r.Name).Distinct()
            .Where(name => Regex.IsMatch(stack, $@"(^|[\s{{,]){name}:", RegexOptions.Multiline)),
    ];

    /// <summary>What the export must hold: every policy by name, every partner by tenant id, every guest by mail, the default's values.</summary>
    private static IEnumerable<string> Names(JsonObject corpus) =>
        (corpus["conditionalAccessPolicies"]?.AsArray() ?? []).Select(p => (string)p!["displayName"]!)
            .Concat((corpus["crossTenantAccessPolicy"]?["partners"]?.AsArray() ?? []).Select(p => (string)p!["tenantId"]!))
            .Concat((corpus["users"]?.AsArray() ?? []).Where(u => (string?)u!["userType"] == "Guest").Select(u => (string)u!["mail"]!))
            .Concat(corpus["crossTenantAccessPolicy"]?["default"] is null ? [] : ["emailOneTimePasscode", "0be493dc-cb56-4a53-936f-9cf64410b8b0"]);

    /// <summary>What a client sends: each policy POSTed, the default PATCHed, each partner POSTed, each guest invited.</summary>
    private static async Task CreateByApiAsync(TenantFixture tenant, JsonObject corpus)
    {
        foreach (var policy in corpus["conditionalAccessPolicies"]?.AsArray() ?? [])
        {
            await tenant.ByHandAsync(HttpMethod.Post, "identity/conditionalAccess/policies", policy!.ToJsonString());
        }
        if (corpus["crossTenantAccessPolicy"]?["default"] is { } defaults)
        {
            await tenant.ByHandAsync(HttpMethod.Patch, "policies/crossTenantAccessPolicy/default", defaults.ToJsonString());
        }
        foreach (var partner in corpus["crossTenantAccessPolicy"]?["partners"]?.AsArray() ?? [])
        {
            await tenant.ByHandAsync(HttpMethod.Post, "policies/crossTenantAccessPolicy/partners", partner!.ToJsonString());
        }
        foreach (var guest in (corpus["users"]?.AsArray() ?? []).Where(u => (string?)u!["userType"] == "Guest"))
        {
            await tenant.ByHandAsync(HttpMethod.Post, "invitations", new JsonObject
            {
                ["invitedUserEmailAddress"] = (string?)guest!["mail"],
                ["inviteRedirectUrl"] = "https://myapp.contoso.com",
            }.ToJsonString());
        }
    }
}
