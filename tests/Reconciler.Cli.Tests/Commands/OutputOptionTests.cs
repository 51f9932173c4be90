using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Commands;

/// <summary>--output, --out, --color and the RECONCILER_* variables behave the same on every command that takes them.</summary>
public class OutputOptionTests
{
    private const string Escape = "\u001b[";

    [Fact]
    public async Task ValidateAsJsonListsEveryDiagnostic()
    {
        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, "validate", "--cwd", Path.Combine("samples", "broken", "typos"), "--output", "json");

        Assert.Equal(1, result.ExitCode);
        var document = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("validation", (string?)document["kind"]);
        Assert.False((bool)document["valid"]!);
        var diagnostics = document["diagnostics"]!.AsArray();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.StartsWith("B2B", (string?)d!["code"], StringComparison.Ordinal));
        Assert.Equal(diagnostics.Count, (int)document["errors"]! + (int)document["warnings"]!);
    }

    [Fact]
    public async Task ValidateWritesItsReportToOut()
    {
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, "validate", "--output", "markdown", "--out", "reports/validate.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("### Validation\n\nPulumi.dev.yaml is valid", File.ReadAllText(Path.Combine(stack.Path, "reports", "validate.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIfWritesMarkdown()
    {
        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, "whatif", "--user", "alex@fabrikam.example", "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013", "--output", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("### What if: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Require MFA for B2B portal access | enabled | yes | mfa |", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmulatorConnectionDetailsAsJson()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stop = new CancellationTokenSource();
        using var stack = StackFolder.WithSample();
        var run = CliRunner.RunAsync(stack.Path, new Dictionary<string, string>(), stop.Token, "emulator", "--port", "0", "--output", "json", "--out", "tenant.json");
        var file = Path.Combine(stack.Path, "tenant.json");
        JsonNode? details = null;
        // The file may be seen while it is still being written: wait until it holds the whole object.
        while (details is null)
        {
            await Task.Delay(50, cancel.Token);
            try
            {
                details = File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) : null;
            }
            catch (System.Text.Json.JsonException)
            {
                details = null;
            }
        }

        Assert.StartsWith("http://127.0.0.1:", (string?)details["graphUrl"], StringComparison.Ordinal);
        Assert.NotEmpty((string?)details["token"] ?? "");
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        var stopped = await run;
        Assert.Equal(0, stopped.ExitCode);
        Assert.Empty(stopped.Stdout);
    }

    [Theory]
    [InlineData("always", null, true)]
    [InlineData("never", null, false)]
    [InlineData("auto", null, false)]
    public async Task ColourFollowsTheColorOption(string color, string? noColor, bool coloured)
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var environment = noColor is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NO_COLOR"] = noColor };

        var result = await CliRunner.RunAsync(stack.Path, environment, "drift", "--color", color, "--graph-url", tenant.GraphUrl);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(coloured, result.Stdout.Contains(Escape, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ColumnsWrapsTheValuesOfATextReportAndAFileIsNeverWrapped()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var narrow = new Dictionary<string, string> { ["COLUMNS"] = "60" };

        var wrapped = await CliRunner.RunAsync(stack.Path, narrow, "drift", "--graph-url", tenant.GraphUrl);
        var unwrapped = await CliRunner.RunAsync(stack.Path, "drift", "--graph-url", tenant.GraphUrl);
        var toFile = await CliRunner.RunAsync(stack.Path, narrow, "drift", "--out", "drift.txt", "--graph-url", tenant.GraphUrl);

        Assert.Equal(2, wrapped.ExitCode);
        var valueLines = ValueLines(wrapped.Stdout);
        Assert.True(valueLines.Count > 2, wrapped.Stdout);
        Assert.All(valueLines, line => Assert.True(line.Length <= 60, $"{line.Length} columns: {line}"));
        Assert.Contains(ValueLines(unwrapped.Stdout), line => line.Length > 60);
        Assert.Equal(2, toFile.ExitCode);
        Assert.Contains(ValueLines(File.ReadAllText(Path.Combine(stack.Path, "drift.txt"))), line => line.Length > 60);
    }

    /// <summary>The lines of a text report that show a changed property's values (indented under the object): live -> declared, or a list's items.</summary>
    private static List<string> ValueLines(string report) =>
        report.Split('\n').Where(line => line.StartsWith("      ", StringComparison.Ordinal) && (line.Contains(" -> ", StringComparison.Ordinal) || line.TrimStart().StartsWith("+ ", StringComparison.Ordinal))).ToList();

    [Fact]
    public async Task AFailureBeforeTheReportIsStillWrittenInTheFormatAskedFor()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("azuread:tenantId: 0f4e6c1a-0000-4000-8000-000000000001", "azuread:tenantId: nope");

        var json = await CliRunner.RunAsync(stack.Path, "drift", "--output", "json");
        var markdown = await CliRunner.RunAsync(stack.Path, "plan", "--out", "plan.md", "--out", "plan.json");
        var text = await CliRunner.RunAsync(stack.Path, "drift");

        Assert.Equal(1, json.ExitCode);
        var document = JsonNode.Parse(json.Stdout)!;
        Assert.Equal("failure", (string?)document["kind"]);
        Assert.Equal("drift", (string?)document["command"]);
        Assert.Equal("B2B1016", (string?)document["diagnostics"]![0]!["code"]);
        Assert.Contains("error B2B1016", json.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, markdown.ExitCode);
        Assert.StartsWith("> [!CAUTION]", File.ReadAllText(Path.Combine(stack.Path, "plan.md")), StringComparison.Ordinal);
        Assert.Equal("plan", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(stack.Path, "plan.json")))!["command"]);
        Assert.Equal(1, text.ExitCode);
        Assert.Equal("", text.Stdout);
    }

    [Fact]
    public async Task JsonIsNeverColoured()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, "drift", "--color", "always", "--output", "json", "--graph-url", tenant.GraphUrl);

        Assert.DoesNotContain(Escape, result.Stdout, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(result.Stdout));
    }

    [Fact]
    public async Task TheEnvironmentSetsWhatTheCommandLineDoesNot()
    {
        using var stack = StackFolder.WithSample();
        var environment = new Dictionary<string, string> { ["RECONCILER_STACK"] = "prod", ["RECONCILER_OUTPUT"] = "json" };

        var fromEnvironment = await CliRunner.RunAsync(stack.Path, environment, "validate");
        var typed = await CliRunner.RunAsync(stack.Path, environment, "validate", "--stack", "dev", "--output", "text");

        Assert.Equal(1, fromEnvironment.ExitCode);
        Assert.Equal("B2B1004", (string?)JsonNode.Parse(fromEnvironment.Stdout)!["diagnostics"]![0]!["code"]);
        Assert.Equal(0, typed.ExitCode);
        Assert.StartsWith("Pulumi.dev.yaml is valid", typed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiYamlIsFoundFromASubfolder()
    {
        using var stack = StackFolder.WithSample();
        var subfolder = Directory.CreateDirectory(Path.Combine(stack.Path, "docs", "notes")).FullName;

        var result = await CliRunner.RunAsync(subfolder, "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Pulumi.dev.yaml is valid", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyWithNothingToDoSaysSoOnce()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        var again = await tenant.RunAsync(stack, "apply", "--yes", "--out", "apply.txt");

        Assert.Equal(0, again.ExitCode);
        Assert.Single(again.Stdout.Split('\n'), line => line.StartsWith("No changes", StringComparison.Ordinal));
        Assert.Equal(again.Stdout, File.ReadAllText(Path.Combine(stack.Path, "apply.txt")));
    }
}
