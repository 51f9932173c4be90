namespace Reconciler.Cli.Tests.GitOps;

/// <summary>Each workflow asks for the least it needs: read the code, and write only where its job is to write.</summary>
public class WorkflowPermissionTests
{
    private const string SetupAction = ".github/actions/setup-reconciler";
    private const string AzureLogin = "azure/login@v2";

    public static TheoryData<string> Workflows => new() { "ci.yml", "pull-request.yml", "deploy.yml", "drift.yml" };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void EveryWorkflowIsValidYamlWhoseJobsHaveSteps(string fileName)
    {
        var workflow = Workflow.Load(fileName);

        Assert.NotEmpty(workflow.Jobs);
        Assert.All(workflow.Jobs, job => Assert.NotEmpty(job.Steps));
    }

    [Theory]
    [InlineData("ci.yml")]
    [InlineData("pull-request.yml", "id-token", "pull-requests")]
    [InlineData("deploy.yml", "id-token")]
    [InlineData("drift.yml", "id-token", "issues")]
    public void WritePermissionsAreExactlyWhatTheWorkflowNeeds(string fileName, params string[] writes)
    {
        var workflow = Workflow.Load(fileName);

        Assert.All(workflow.Jobs, job =>
        {
            var permissions = workflow.EffectivePermissions(job);
            Assert.Equal("read", permissions.GetValueOrDefault("contents"));
            Assert.Equal(writes.Order(), permissions.Where(p => p.Value == "write").Select(p => p.Key).Order());
            Assert.DoesNotContain(permissions.Values, v => v is "write-all" or "read-all");
        });
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void AnIdTokenIsRequestedExactlyWhereGraphIsReached(string fileName)
    {
        var workflow = Workflow.Load(fileName);
        var reachesGraph = workflow.CommandLines("reconciler").Any(line => !line.StartsWith("reconciler validate", StringComparison.Ordinal));

        Assert.Equal(reachesGraph, workflow.Permissions.GetValueOrDefault("id-token") == "write");
    }

    [Theory]
    [InlineData("pull-request.yml")]
    [InlineData("deploy.yml")]
    [InlineData("drift.yml")]
    public void ReconcilerIsInstalledAndSignedInBeforeItIsCalled(string fileName)
    {
        foreach (var job in Workflow.Load(fileName).Jobs)
        {
            var steps = job.Steps.ToList();
            var firstCall = steps.FindIndex(s => s.Run?.Contains("reconciler ", StringComparison.Ordinal) == true);
            Assert.InRange(steps.FindIndex(s => s.Uses?.EndsWith(SetupAction, StringComparison.Ordinal) == true), 0, firstCall - 1);
            Assert.InRange(steps.FindIndex(s => s.Uses == AzureLogin), 0, firstCall + 1);
        }
    }

    [Fact]
    public void DeploysOfOneTenantQueueRatherThanCancelEachOther()
    {
        var concurrency = Workflow.Load("deploy.yml").Concurrency;

        Assert.NotNull(concurrency);
        Assert.False(string.IsNullOrEmpty(Workflow.Scalar(concurrency, "group")));
        Assert.Equal("false", Workflow.Scalar(concurrency, "cancel-in-progress"));
    }
}
