using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Baselines;
using Reconciler.Testing.Stacks;

namespace Reconciler.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static readonly string Root = Repository.Root;

    [Fact]
    public async Task TutorialStackIsValidAndExitsZero()
    {
        var result = await CliRunner.RunAsync(Root, "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Pulumi.dev.yaml is valid: 1 guest, 1 policy, 1 partner, 0 warnings.\n", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Theory]
    [InlineData("typos")]
    [InlineData("types-and-enums")]
    [InlineData("duplicates-and-cross-field")]
    [InlineData("yaml-syntax")]
    public async Task BrokenSampleExitsOneAndPrintsEveryDiagnostic(string sample)
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--cwd", Path.Combine("samples", "broken", sample));

        Assert.Equal(1, result.ExitCode);
        Baseline.Matches(result.Stdout, $"validate/{sample}.txt");
    }

    [Theory]
    [InlineData("  b2b:engine: pulumi\n", "pulumi")]
    [InlineData("  b2b:engine: \"pulumi\" # quoted, with a comment\n", "pulumi")]
    [InlineData("", "reconciler")]
    public async Task JsonSaysWhichEngineOwnsWritesAsTheLoaderReadsIt(string engineLine, string engine)
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("  b2b:graphUrl: local\n", "  b2b:graphUrl: local\n" + engineLine);

        var result = await CliRunner.RunAsync(stack.Path, "validate", "--output", "json");

        Assert.True(result.ExitCode == 0, result.All);
        var report = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        Assert.True((bool?)report["valid"]);
        Assert.Equal(engine, (string?)report["engine"]);
        Assert.Equal("dev", (string?)report["stack"]);
        Assert.Equal("local", (string?)report["graphUrl"]);
    }

    [Fact]
    public async Task JsonOfAnInvalidStackListsItsDiagnosticsWithLocations()
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--cwd", Path.Combine("samples", "broken", "typos"), "--output", "json");

        Assert.Equal(1, result.ExitCode);
        var report = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        Assert.False((bool?)report["valid"]);
        var first = report["diagnostics"]![0]!;
        Assert.StartsWith("B2B1", (string?)first["code"]);
        Assert.True((int?)first["location"]!["line"] > 0);
    }

    [Fact]
    public async Task StackOptionMayFollowTheCommand()
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--stack", "dev", "-v", "quiet");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task MissingStackIsOneDiagnosticAndExitOne()
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--stack", "prod");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error B2B1004: No Pulumi.prod.yaml", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFlagIsAParseErrorWithExitOne()
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--stak", "dev");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--stak", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOutputFormatIsAParseErrorWithExitOne()
    {
        var result = await CliRunner.RunAsync(Root, "validate", "--output", "yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }
}
