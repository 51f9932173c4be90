using System.Xml.Linq;
using Reconciler.Cli.Tests.GitOps;
using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Stacks;

namespace Reconciler.Cli.Tests.Packaging;

/// <summary>
/// The tool as a user gets it: packed and installed exactly as the setup-reconciler action does, then run from
/// its install folder, outside this test process.
/// </summary>
public class ToolPackageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task TheSetupActionInstallsAToolThatKnowsItsVersionAndValidatesTheSampleStack()
    {
        var runnerTemp = Path.Combine(Path.GetTempPath(), "reconciler-tests", $"runner-{Guid.NewGuid():n}");
        Directory.CreateDirectory(runnerTemp);
        try
        {
            var variables = new Dictionary<string, string> { ["$RUNNER_TEMP"] = runnerTemp };
            foreach (var line in Workflow.LoadAction("setup-reconciler").CommandLines("dotnet"))
            {
                var words = ShellWords.Split(line, variables);
                var result = await ProcessRunner.RunAsync("dotnet", words.Skip(1), Repository.Root, Timeout);
                Assert.True(result.ExitCode == 0, $"`{line}` exited {result.ExitCode}:\n{result.All}");
            }

            var reconciler = Path.Combine(runnerTemp, "reconciler-tool", OperatingSystem.IsWindows() ? "reconciler.exe" : "reconciler");

            var version = await ProcessRunner.RunAsync(reconciler, ["--version"], runnerTemp, Timeout);
            Assert.Equal(0, version.ExitCode);
            Assert.Equal(DeclaredVersion(), version.Stdout.Trim());

            var validate = await ProcessRunner.RunAsync(reconciler, ["validate", "--cwd", Repository.Root], runnerTemp, Timeout);
            Assert.True(validate.ExitCode == 0, validate.All);
        }
        finally
        {
            Directory.Delete(runnerTemp, recursive: true);
        }
    }

    /// <summary>
    /// The README's `$R` is `dotnet run --project src/Reconciler.Cli --`: its restore and build must print nothing on
    /// stdout (no NU1603 lines), or `$R ... --output json > report.json` is not JSON. In this class so that it never
    /// builds the project while the pack above does.
    /// </summary>
    [Fact]
    public async Task DotnetRunPrintsOnlyTheReportOnStdout()
    {
        var project = Path.Combine(Reconciler.Testing.Stacks.Repository.Root, "src", "Reconciler.Cli");

        var result = await ProcessRunner.RunAsync("dotnet", ["run", "--project", project, "--", "validate", "--output", "json", "--cwd", Reconciler.Testing.Stacks.Repository.Root], Reconciler.Testing.Stacks.Repository.Root, Timeout);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal("validation", (string?)System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["kind"]);
    }

    private static string DeclaredVersion() =>
        XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
}
