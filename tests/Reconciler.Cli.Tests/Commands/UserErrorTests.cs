using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Commands;

/// <summary>
/// Every mistake a person can make at the command line ends the same way: one coded line on stderr that names the
/// value and what would be accepted, exit code 1, no stack trace and no .NET type name.
/// </summary>
public partial class UserErrorTests
{
    public static TheoryData<string, string[]> Mistakes => new()
    {
        { "B2B1101", ["drift", "--scope", "declard"] },
        { "B2B1101", ["emulator", "--port", "abc"] },
        { "B2B1101", ["validate", "--stak", "dev"] },
        { "B2B1101", ["whatif", "--user", "alex@fabrikam.example"] },
        { "B2B1101", ["drift", "--incremental", "--scope", "declared"] },
        { "B2B1101", ["bogus"] },
        { "B2B1101", ["whatif", "--user", "alex@fabrikam.example", "--app", "797f4846-..."] },
        { "B2B1101", ["whatif", "--user", "", "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013"] },
        { "B2B1101", ["whatif", "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013"] },
        { "B2B1101", ["whatif", "--guest-type", "b2bCollaborationGuest", "--home-tenant", "fabrikam", "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013"] },
        { "B2B1102", ["emulator", "--tenant-id", "not-a-guid"] },
        { "B2B1102", ["emulator", "--port", "70000"] },
        { "B2B1102", ["emulator", "--faults", "nonsense"] },
        { "B2B1103", ["validate", "--out", "."] },
        { "B2B1103", ["drift", "--out", "."] },
        { "B2B1104", ["apply", "--output", "json", "--yes"] },
        { "B2B1104", ["destroy", "--output", "markdown"] },
        { "B2B1104", ["export", "--output", "json"] },
        { "B2B1104", ["emulator", "--output", "markdown"] },
        { "B2B1107", ["emulator", "--seed", "no-such-seed.json"] },
        { "B2B1018", ["drift", "--graph-url", "foo"] },
        { "B2B1002", ["validate", "--cwd", "no-such-folder"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task EachMistakeIsOneCodedLine(string code, string[] args)
    {
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, args);

        AssertCoded(result, code);
    }

    [Fact]
    public async Task AnEnvironmentVariableWithAnUnknownValueIsCoded()
    {
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string> { ["RECONCILER_OUTPUT"] = "xml" }, "validate");

        AssertCoded(result, "B2B1102");
        Assert.Contains("RECONCILER_OUTPUT 'xml'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortInUseIsCoded()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await CliRunner.RunAsync(Path.GetTempPath(), "emulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        AssertCoded(result, "B2B1105");
        Assert.Contains($"127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"conditionalAccessPolicies":[{"displayName":"Fine","state":"disabled","conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}},{"displayName":"Wrong state","state":"on"}]}""", "conditionalAccessPolicies[1] ('Wrong state')")]
    [InlineData("""{"crossTenantAccessPolicy":{"partners":[{"tenantId":"3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d","inboundTrust":{"isMfaAccepted":"yes"}}]}}""", "crossTenantAccessPolicy.partners[0] ('3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d')")]
    [InlineData("""{"users":[{"userPrincipalName":"alex@contoso.example"},{"displayName":"Alex again","userPrincipalName":"ALEX@contoso.example"}]}""",
        "users[1] ('Alex again') was refused: Another object with the same value for property userPrincipalName already exists.")]
    [InlineData("""{"conditionalAccessPolicies":[{"displayName":"Groups by name","state":"enabled","conditions":{"applications":{"includeApplications":["All"]},"users":{"includeGroups":["Finance"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}]}""",
        "conditionalAccessPolicies[0] ('Groups by name') was refused: 1010: ")]
    [InlineData("{\"users\": [", "not valid JSON")]
    public async Task ASeedTheLocalTenantRefusesNamesTheObject(string seed, string named)
    {
        using var stack = StackFolder.WithSample();
        File.WriteAllText(Path.Combine(stack.Path, "seed.json"), seed);

        var result = await CliRunner.RunAsync(stack.Path, "emulator", "--port", "0", "--seed", "seed.json");

        AssertCoded(result, "B2B1106");
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"groups":[{"id":"partner-admins","displayName":"Partner admins"}]}""", "B2B1113", "groups[0] ('Partner admins') was refused: its id is not a GUID")]
    [InlineData("""{"users":[{"id":"6a1f0000-0000-4000-8000-0000000000a1","userPrincipalName":"alex@contoso.example"}],"groups":[{"displayName":"Fine","members":["6a1f0000-0000-4000-8000-0000000000a1"]},{"displayName":"Partner admins","members":["6a1f0000-0000-4000-8000-0000000000ff"]}]}""",
        "B2B1114", "groups[1] ('Partner admins') lists member '6a1f0000-0000-4000-8000-0000000000ff', which is no user or group")]
    [InlineData("""{"groups":[{"id":"e0000000-0000-4000-8000-0000000000e1","displayName":"Partner admins"}],"directoryRoles":[{"roleTemplateId":"62e90394-69f5-4237-9190-012177145e10","displayName":"Global Administrator","members":["e0000000-0000-4000-8000-0000000000e1"]}]}""",
        "B2B1115", "directoryRoles[0] ('Global Administrator') lists member 'e0000000-0000-4000-8000-0000000000e1', which it cannot hold")]
    public async Task ASeedGroupOrRoleTheLocalTenantCannotHoldIsCodedAndNamed(string seed, string code, string named)
    {
        using var stack = StackFolder.WithSample();
        File.WriteAllText(Path.Combine(stack.Path, "seed.json"), seed);

        var result = await CliRunner.RunAsync(stack.Path, "emulator", "--port", "0", "--seed", "seed.json");

        AssertCoded(result, code);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStacksLocalTenantWithARefusedSeedNamesTheObject()
    {
        using var stack = StackFolder.WithSample();
        WriteLocalSeed(stack, """
            {"conditionalAccessPolicies":[{"displayName":"Mfa and a strength","state":"enabled",
              "conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},
              "grantControls":{"operator":"OR","builtInControls":["mfa"],"authenticationStrength":{"id":"00000000-0000-0000-0000-000000000002"}}}]}
            """);

        var result = await CliRunner.RunAsync(stack.Path, "drift", "--allow-local-tenant");

        AssertCoded(result, "B2B1106");
        Assert.Contains("conditionalAccessPolicies[0] ('Mfa and a strength') was refused: 1009: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABetaExportsNullsInASeedAreNamedAndLeftOut()
    {
        using var stack = StackFolder.WithSample();
        WriteLocalSeed(stack, """
            {"users":[{"displayName":"Break Glass","mail":"breakglass@contoso.example","userPrincipalName":"breakglass@contoso.onmicrosoft.com","userType":"Member"}],
             "conditionalAccessPolicies":[{"displayName":"From a beta export","state":"disabled","partialEnablementStrategy":null,
              "conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]},"times":null,"deviceStates":null},
              "grantControls":{"operator":"OR","builtInControls":["mfa"]},"sessionControls":{"continuousAccessEvaluation":null,"signInFrequency":null}}]}
            """);

        var result = await CliRunner.RunAsync(stack.Path, "drift", "--allow-local-tenant");

        Assert.Contains("warning B2B1108: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("conditionalAccessPolicies[0] ('From a beta export') carries properties that are beta-only, not in Graph v1.0: "
            + "partialEnablementStrategy, conditions.times, conditions.deviceStates, sessionControls.continuousAccessEvaluation.", result.Stderr, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 2, result.All);
    }

    private static void WriteLocalSeed(StackFolder stack, string seed)
    {
        var folder = Path.Combine(stack.Path, ".reconciler", "local-tenant");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "seed.json"), seed);
    }

    [Fact]
    public async Task NothingListeningOnLoopbackNamesTheUrlAndHowToStartATenant()
    {
        using var stack = StackFolder.WithSample();
        var url = $"http://127.0.0.1:{FreePort()}/v1.0";

        var result = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string> { ["RECONCILER_RETRY_SCALE"] = "0" }, "drift", "--graph-url", url);

        AssertCoded(result, "B2B3007");
        Assert.Contains(url, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("reconciler emulator", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("graphUrl: local", result.Stderr, StringComparison.Ordinal);
    }

    private static void AssertCoded(CliResult result, string code)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error {code}: ", result.All, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), result.All);
        Assert.DoesNotMatch(DotNetTypeName(), result.All);
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b(?:System|Microsoft|Reconciler)\.[A-Z]\w*")]
    private static partial Regex DotNetTypeName();
}
