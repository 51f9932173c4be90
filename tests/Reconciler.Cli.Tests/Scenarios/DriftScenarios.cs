using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>Drift against the local tenant: exact, with no false drift, and in every report format.</summary>
public class DriftScenarios
{
    private const string PolicyName = "Require MFA for B2B portal access";

    [Fact]
    public async Task ATenantThatMatchesInItsOwnWordsIsInSync()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var breakGlassId = (string)tenant.UsersWithMail(TenantFixture.BreakGlassEmail)[0]["id"]!;
        var alex = tenant.Store.AddGuest(TenantFixture.AlexEmail.ToUpperInvariant(), "Alex Wilber (Fabrikam)");

        // Graph's order, Graph's casing, server-filled fields and empty lists: none of it is drift.
        tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse($$"""
            {
              "displayName": "{{PolicyName}}",
              "state": "enabled",
              "conditions": {
                "clientAppTypes": ["all"],
                "applications": { "includeApplications": ["797F4846-BA00-4FD7-BA43-DAC1F8F63013"], "excludeApplications": [] },
                "users": {
                  "includeUsers": [], "includeGroups": [],
                  "excludeUsers": ["{{breakGlassId.ToUpperInvariant()}}"],
                  "includeGuestsOrExternalUsers": {
                    "guestOrExternalUserTypes": "serviceProvider,otherExternalUser,b2bDirectConnectUser,b2bCollaborationMember,b2bCollaborationGuest,internalGuest",
                    "externalTenants": { "@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all" }
                  }
                }
              },
              "grantControls": { "operator": "OR", "builtInControls": ["mfa"], "termsOfUse": [] },
              "sessionControls": null
            }
            """)!.AsObject());
        tenant.Store.AddPartner(JsonNode.Parse($$"""{ "tenantId": "{{TenantFixture.FabrikamTenantId.ToUpperInvariant()}}", "inboundTrust": { "isMfaAccepted": true } }""")!.AsObject());

        var drift = await tenant.RunAsync(stack, "drift");

        Assert.True(drift.ExitCode == 0, drift.All);
        Assert.Contains("In sync", drift.Stdout);
        Assert.NotNull(alex);
    }

    [Fact]
    public async Task EachKindOfDriftIsReportedWithItsPathAndValues()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        // Someone changes the tenant by hand in the portal.
        var policy = tenant.PoliciesNamed(PolicyName)[0];
        tenant.Store.AddConditionalAccessPolicy(new JsonObject
        {
            ["displayName"] = "Hand-made policy",
            ["state"] = "disabled",
            ["conditions"] = JsonNode.Parse("""{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["None"]}}"""),
            ["grantControls"] = JsonNode.Parse("""{"operator":"OR","builtInControls":["block"]}"""),
        });
        stack.Edit("builtInControls: [mfa]", "builtInControls: [mfa, compliantDevice]");
        stack.Edit("isMfaAccepted: true", "isMfaAccepted: false");
        stack.Edit("displayName: Alex Wilber (Fabrikam)", "displayName: Alex W. (Fabrikam)");

        var json = await tenant.RunAsync(stack, "drift", "--output", "json");

        Assert.Equal(2, json.ExitCode);
        var report = JsonNode.Parse(json.Stdout)!;
        Assert.False((bool)report["inSync"]!);
        var rows = report["drift"]!.AsArray().Select(r => r!).ToList();
        Assert.Contains(rows, r => (string)r["resourceType"]! == "conditionalAccessPolicy" && Paths(r).Contains("grantControls.builtInControls"));
        Assert.Contains(rows, r => (string)r["resourceType"]! == "crossTenantAccessPartner" && Paths(r).Contains("inboundTrust.isMfaAccepted"));
        Assert.Contains(rows, r => (string)r["resourceType"]! == "guest" && Paths(r).Contains("displayName"));
        Assert.Contains("Hand-made policy", json.Stdout);
        Assert.NotNull(policy["id"]);
    }

    [Fact]
    public async Task TheIgnoreListHidesUnmanagedObjectsAndFailOnUnmanagedCountsTheRest()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        tenant.Store.AddGuest("megan@northwind.example");
        tenant.Store.AddGuest("temp@contractor.example");

        var strict = await tenant.RunAsync(stack, "drift", "--fail-on-unmanaged");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("megan@northwind.example", strict.Stdout);

        File.AppendAllText(stack.StackFile, "  b2b:ignore:\n    guests: ['*@northwind.example', 'temp@*']\n");
        var ignored = await tenant.RunAsync(stack, "drift", "--fail-on-unmanaged");
        Assert.True(ignored.ExitCode == 0, ignored.All);
        Assert.DoesNotContain("megan@northwind.example", ignored.Stdout);
    }

    [Fact]
    public async Task ReportsGoToFilesAndTheJobSummaryAndCanBeRedacted()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var summary = Path.Combine(stack.Path, "summary.md");
        var environment = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };

        var result = await CliRunner.RunAsync(stack.Path, environment, "drift", "--graph-url", tenant.GraphUrl, "--output", "markdown", "--out", "drift.md", "--redact");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var markdown = File.ReadAllText(Path.Combine(stack.Path, "drift.md"));
        Assert.Contains("Require MFA for B2B portal access", markdown);
        Assert.DoesNotContain("@fabrikam.example", markdown);
        Assert.DoesNotContain("@northwind.example", markdown);
        Assert.Contains("Require MFA for B2B portal access", File.ReadAllText(summary));
    }

    [Fact]
    public async Task DeclaredScopeStillListsEveryPartner()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        tenant.Store.AddPartner(JsonNode.Parse("""{ "tenantId": "9e8d7c6b-5a49-4382-9170-e6d5c4b3a291" }""")!.AsObject());

        var declared = await tenant.RunAsync(stack, "drift", "--scope", "declared");

        // An undeclared partner can weaken the declared guests' access, and a tenant holds at most a few thousand.
        Assert.True(declared.ExitCode == 0, declared.All);
        Assert.Contains("9e8d7c6b-5a49-4382-9170-e6d5c4b3a291", declared.Stdout);
        Assert.DoesNotContain("partners not listed", declared.Stdout);
    }

    private static List<string> Paths(JsonNode row) =>
        row["properties"]!.AsArray().Select(p => (string)p!["path"]!).ToList();

    [Fact]
    public async Task AnIncrementalCacheFromAnotherEndpointIsIgnoredWithANote()
    {
        await using var standalone = await TenantFixture.StartAsync();
        foreach (var n in Enumerable.Range(0, 30))
        {
            standalone.Store.AddGuest($"guest{n}@elsewhere.example");
        }
        await using var sample = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(2, (await standalone.RunAsync(stack, "drift", "--incremental")).ExitCode);

        var incremental = await sample.RunAsync(stack, "drift", "--incremental");
        var full = await sample.RunAsync(stack, "drift");

        Assert.Contains("note: .reconciler/guest-cache.json was read from " + standalone.GraphUrl, incremental.Stderr, StringComparison.Ordinal);
        Assert.Equal(full.Stdout, incremental.Stdout);
        Assert.Contains("Unmanaged (not in the stack, left alone): 1 guest", incremental.Stdout, StringComparison.Ordinal);
    }
}
