using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Fidelity;

/// <summary>
/// Beta exports carry properties Graph v1.0 does not have. A stack (validate) and a seed (the local tenant) name the
/// same ones, so a person pasting an export learns which they are and what happens to them, wherever they paste it.
/// </summary>
public class BetaOnlyPropertyTests
{
    private const string BetaOnly = "partialEnablementStrategy, conditions.times, conditions.deviceStates, conditions.agents, conditions.clients, "
        + "sessionControls.continuousAccessEvaluation, sessionControls.networkAccessSecurity, sessionControls.globalSecureAccessFilteringProfile";

    /// <summary>The sample policy's conditions line, preceded and followed by what a beta export adds, as nulls.</summary>
    private const string Nulls =
        "      partialEnablementStrategy: null\n"
        + "      sessionControls: {continuousAccessEvaluation: null, networkAccessSecurity: null, globalSecureAccessFilteringProfile: null}\n"
        + "      conditions:\n        times: null\n        deviceStates: null\n        agents: null\n        clients: null\n";

    [Fact]
    public async Task AStackNamesEveryBetaOnlyPropertyAndIgnoresItsNulls()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("      conditions:\n", Nulls);

        var result = await CliRunner.RunAsync(stack.Path, "validate");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("warning B2B1044: b2b:conditionalAccessPolicies[0] has properties that are beta-only, not in Graph v1.0: partialEnablementStrategy.", result.All, StringComparison.Ordinal);
        Assert.Contains("conditions has properties that are beta-only, not in Graph v1.0: times, deviceStates, agents, clients.", result.All, StringComparison.Ordinal);
        Assert.Contains("sessionControls has properties that are beta-only, not in Graph v1.0: continuousAccessEvaluation, networkAccessSecurity, globalSecureAccessFilteringProfile.", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABetaOnlyValueInAStackIsAnError()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("      conditions:\n", "      conditions:\n        deviceStates: {includeStates: [All], excludeStates: [Compliant]}\n");

        var result = await CliRunner.RunAsync(stack.Path, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error B2B1044: ", result.All, StringComparison.Ordinal);
        Assert.Contains("beta-only, not in Graph v1.0: deviceStates. Graph v1.0 refuses them", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("B2B1010", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeedNamesTheSameBetaOnlyPropertiesAsTheStack()
    {
        using var stack = StackFolder.WithSample();
        var folder = Path.Combine(stack.Path, ".reconciler", "local-tenant");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "seed.json"), BetaExportSeed);

        var result = await CliRunner.RunAsync(stack.Path, "drift", "--allow-local-tenant");

        Assert.Contains($"('Beta export') carries properties that are beta-only, not in Graph v1.0: {BetaOnly}.", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// What the local tenant took from a beta export (and includeProtectionLevels, which it stores beyond the SDK) stays out
    /// of an export, which validate then takes without a warning about names outside v1.0.
    /// </summary>
    [Fact]
    public async Task AnExportOfABetaSeededTenantHoldsOnlyV1Names()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"reconciler-beta-{Guid.NewGuid():n}.json");
        File.WriteAllText(seed, BetaExportSeed);
        await using var tenant = await TenantFixture.StartWithSeedAsync(seed);
        File.Delete(seed);
        using var stack = StackFolder.WithSample();
        using var adopted = StackFolder.With("config: {}\n");

        var export = await tenant.RunAsync(stack, "export", "--out", adopted.StackFile);
        var validate = await CliRunner.RunAsync(adopted.Path, "validate");

        var exported = File.ReadAllText(adopted.StackFile);
        Assert.True(export.ExitCode == 0 && validate.ExitCode == 0, export.All + validate.All);
        Assert.Contains("Beta export", exported, StringComparison.Ordinal);
        Assert.Contains("signInFrequency", exported, StringComparison.Ordinal);
        Assert.Empty(DocumentationCorpusTests.ExportedOutsideV1(exported));
        Assert.DoesNotContain("B2B1044", validate.All, StringComparison.Ordinal);
    }

    private const string BetaExportSeed = """
            {"users":[{"displayName":"Break Glass","mail":"breakglass@contoso.example","userPrincipalName":"breakglass@contoso.onmicrosoft.com","userType":"Member"}],
             "conditionalAccessPolicies":[{"displayName":"Beta export","state":"disabled","partialEnablementStrategy":null,
               "conditions":{"applications":{"includeApplications":["All"],"includeProtectionLevels":["level1"]},"users":{"includeUsers":["All"]},"times":null,"deviceStates":null,"agents":null,"clients":null},
               "grantControls":{"operator":"OR","builtInControls":["mfa"]},
               "sessionControls":{"continuousAccessEvaluation":null,"networkAccessSecurity":null,"globalSecureAccessFilteringProfile":null,"signInFrequency":{"isEnabled":true,"type":"hours","value":4}}}]}
            """;
}
