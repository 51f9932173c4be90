using System.Text.Json;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>
/// Runs the `reconciler` lines of a workflow, in order, as its runner would: in the checkout (a copy of the sample
/// stack), with GITHUB_STEP_SUMMARY set, against a local tenant instead of Graph.
/// </summary>
internal sealed class WorkflowRun(TenantFixture tenant, StackFolder stack)
{
    public string StepSummary { get; } = System.IO.Path.Combine(stack.Path, "step-summary.md");

    public async Task<IReadOnlyList<int>> RunAsync(string workflowFile)
    {
        var environment = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = StepSummary };
        var exitCodes = new List<int>();
        foreach (var line in Workflow.Load(workflowFile).CommandLines("reconciler"))
        {
            string[] args = [.. ShellWords.Split(line, ShellWords.Stack("dev")).Skip(1), "--graph-url", tenant.GraphUrl];
            var result = await CliRunner.RunAsync(stack.Path, environment, args);
            Assert.True(result.ExitCode is 0 or 2, $"`{line}` failed the job with {result.ExitCode}:\n{result.All}");
            exitCodes.Add(result.ExitCode);
        }

        return exitCodes;
    }

    public string ReadOutput(string fileName)
    {
        var path = System.IO.Path.Combine(stack.Path, fileName);
        Assert.True(File.Exists(path), $"The workflow reads {fileName}, which the run did not write.");
        return File.ReadAllText(path);
    }

    /// <summary>A JSON report the workflow uploads: it parses and says which schema it follows.</summary>
    public JsonElement ReadJsonReport(string fileName)
    {
        using var document = JsonDocument.Parse(ReadOutput(fileName));
        Assert.True(document.RootElement.TryGetProperty("schemaVersion", out _), $"{fileName} has no schemaVersion.");
        return document.RootElement.Clone();
    }
}
