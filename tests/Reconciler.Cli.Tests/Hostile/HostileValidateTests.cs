using System.Text;
using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>`reconciler validate` on hostile stack files: exit 1, coded diagnostics on stdout, no stack trace anywhere.</summary>
public sealed partial class HostileValidateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reconciler-cli-hostile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> Files => new()
    {
        { "billion laughs", string.Join("\n", Enumerable.Range(1, 9).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "lol" : $"*l{i - 1}", 10))}]")) },
        { "deep flow nesting", "config: " + new string('[', 100_000) },
        { "flow collection left open across a dedent", "config:\n  b2b:crossTenantAccess:\n    default:\n      inboundTrust: [\n        isMfaAccepted: false\n    partners: []\n" },
        { "tab indentation", "config:\n\tazuread:tenantId: x\n" },
        { "two documents", "config: {}\n---\nconfig: {}\n" },
        { "secret guest list", "config:\n  b2b:guests: {secure: v1:abc}\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AHostileStackFileExitsOneWithCodedDiagnosticsAndNoStackTrace(string name, string stack)
    {
        WriteProject();
        await File.WriteAllTextAsync(Path.Combine(_directory, "Pulumi.dev.yaml"), stack);

        await AssertRejectedCleanly(name);
    }

    [Fact]
    public async Task AFiftyMegabyteStackFileExitsOneWithB2B1008()
    {
        WriteProject();
        await using (var stack = File.Create(Path.Combine(_directory, "Pulumi.dev.yaml")))
        {
            stack.SetLength(50L * 1024 * 1024);
        }

        Assert.Contains("B2B1008", (await AssertRejectedCleanly("50 MB")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8ExitsOneWithB2B1009()
    {
        WriteProject();
        await File.WriteAllBytesAsync(Path.Combine(_directory, "Pulumi.dev.yaml"), [.. Encoding.UTF8.GetBytes("config:\n  b2b:graphUrl: caf"), 0xE9, 0xFF, (byte)'\n']);

        Assert.Contains("Pulumi.dev.yaml(2,20): error B2B1009", (await AssertRejectedCleanly("invalid UTF-8")).Stdout, StringComparison.Ordinal);
    }

    private void WriteProject() => File.WriteAllText(Path.Combine(_directory, "Pulumi.yaml"), "name: b2b\nruntime: dotnet\n");

    private async Task<CliResult> AssertRejectedCleanly(string name)
    {
        var run = CliRunner.RunAsync(_directory, "validate");
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, $"{name}: validate did not return");
        var result = await run;

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(DiagnosticLine(), result.Stdout);
        foreach (var output in new[] { result.Stdout, result.Stderr })
        {
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"(?m)^(Pulumi\.(dev\.)?yaml\(\d+,\d+\): )?error B2B1\d{3}: ")]
    private static partial Regex DiagnosticLine();
}
