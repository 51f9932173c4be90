using System.Text.Json;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>
/// Runs the `reconciler` lines of a workflow, in order, as its runner would: in the checkout (a copy of the sample
/// stack), on GitHub Actions (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY), against a local tenant instead of Graph. Being
/// the tool's own check, it says --allow-local-tenant, which a shipped workflow never does.
/// </summary>
internal sealed class WorkflowRun(TenantFixture tenant, StackFolder stack)
{
    public string StepSummary { get; } = System.IO.Path.Combine(stack.Path, "step-summary.md");

    /// <summary>The saved plan the deploy workflow finds (`$plan_file`), or none.</summary>
    public string PlanFile { get; set; } = "";

    /// <summary>Runs every line; each must leave the job running (exit 0 or 2).</summary>
    public async Task<IReadOnlyList<int>> RunAsync(string workflowFile)
    {
        var exitCodes = await RunUntilTheJobFailsAsync(workflowFile);
        Assert.True(exitCodes.All(c => c is 0 or 2), $"{workflowFile} failed the job: exit codes {string.Join(", ", exitCodes)}");
        return exitCodes;
    }

    /// <summary>Runs the lines until one fails the job (exit 1, which every workflow's steps pass on), and returns the exit codes.</summary>
    public async Task<IReadOnlyList<int>> RunUntilTheJobFailsAsync(string workflowFile)
    {
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["CI"] = "true", ["GITHUB_STEP_SUMMARY"] = StepSummary };
        var exitCodes = new List<int>();
        foreach (var line in Workflow.Load(workflowFile).CommandLines("reconciler"))
        {
            string[] args = [.. ShellWords.Split(line, ShellWords.Workflow("dev", PlanFile)).Skip(1), "--graph-url", tenant.GraphUrl, "--allow-local-tenant"];
            var result = await CliRunner.RunAsync(stack.Path, environment, args);
            if (RedirectedTo(line) is { } file)
            {
                File.WriteAllText(System.IO.Path.Combine(stack.Path, file), result.Stdout);
            }

            exitCodes.Add(result.ExitCode);
            if (result.ExitCode == 1)
            {
                break;
            }
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

    /// <summary>`... > file` in a line: the file a later step reads stdout from.</summary>
    private static string? RedirectedTo(string line)
    {
        var at = line.IndexOf(" > ", StringComparison.Ordinal);
        return at < 0 ? null : line[(at + 3)..].Trim().Trim('"');
    }
}
