using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>Every `reconciler ...` line a workflow runs is parsed by the real command tree: a renamed flag fails here, not in CI.</summary>
public class WorkflowCommandLineTests
{
    [Theory]
    [InlineData("pull-request.yml", 2)]
    [InlineData("deploy.yml", 3)]
    [InlineData("drift.yml", 1)]
    public void EveryReconcilerLineNamesACommandAndOptionsTheCliAccepts(string fileName, int expectedLines)
    {
        var lines = Workflow.Load(fileName).CommandLines("reconciler");
        Assert.Equal(expectedLines, lines.Count);

        var root = new CliApp(CliIo.FromConsole()).BuildRootCommand();
        Assert.All(lines, line =>
        {
            var parse = root.Parse([.. ShellWords.Split(line, ShellWords.Workflow("dev")).Skip(1)]);
            Assert.True(parse.Errors.Count == 0, $"{fileName}: `{line}`: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            Assert.NotSame(root, parse.CommandResult.Command);
        });
    }

    [Fact]
    public void TheScheduledDriftCheckLooksUpOnlyTheDeclaredGuests() =>
        Assert.All(Workflow.Load("drift.yml").CommandLines("reconciler"), line => Assert.Contains("--scope declared", line));

    [Fact]
    public void ThePullRequestWritesEveryTenantReportToAFile() =>
        Assert.All(Workflow.Load("pull-request.yml").CommandLines("reconciler").Where(l => !l.StartsWith("reconciler validate", StringComparison.Ordinal)), line => Assert.Contains("--out ", line));

    [Fact]
    public void AMistypedFlagIsCaught()
    {
        var root = new CliApp(CliIo.FromConsole()).BuildRootCommand();

        var parse = root.Parse([.. ShellWords.Split("reconciler drift --stack \"$STACK\" --scope everything --outfile x", ShellWords.Stack("dev")).Skip(1)]);

        Assert.NotEmpty(parse.Errors);
    }

    [Fact]
    public void ShellQuotingAndStackPlaceholdersAreUnderstood()
    {
        var words = ShellWords.Split("reconciler drift --stack \"${{ matrix.stack }}\" --out 'drift report.md' # note", ShellWords.Stack("dev"));

        Assert.Equal(["reconciler", "drift", "--stack", "dev", "--out", "drift report.md"], words);
    }
}
