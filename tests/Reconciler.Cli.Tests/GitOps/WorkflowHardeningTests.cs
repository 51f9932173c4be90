using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>
/// The workflows cannot be turned against the tenant: a pull request's code never runs where the sign-in is
/// available, the read and write identities are apart, and only the default branch deploys, one run per tenant.
/// </summary>
public partial class WorkflowHardeningTests
{
    private const string AzureLogin = "azure/login@v2";

    /// <summary>Anything that builds, restores or runs code from a checkout: MSBuild reads Directory.Build.* from it.</summary>
    [GeneratedRegex(@"\b(dotnet\s+(build|pack|run|test|restore|publish|msbuild|tool\s+restore|exec)|msbuild|make|npm|npx|node|python3?|pwsh|bash\s+\S+\.sh|\./\S+)\b")]
    private static partial Regex BuildsCode();

    [Fact]
    public void NoStepAfterTheSignInOfThePullRequestJobBuildsOrRunsCodeFromACheckout()
    {
        var job = Assert.Single(Workflow.Load("pull-request.yml").Jobs);
        var steps = job.Steps.ToList();
        var login = steps.FindIndex(s => s.Uses == AzureLogin);
        Assert.True(login > 0, "The pull-request job signs in.");

        Assert.All(steps.Skip(login + 1), step =>
        {
            Assert.False(step.Uses?.StartsWith("./", StringComparison.Ordinal) == true, $"'{step.Name}' runs an action from a checkout.");
            Assert.False(step.Run is { } run && BuildsCode().IsMatch(run), $"'{step.Name}' builds or runs code: {step.Run}");
        });
    }

    [Fact]
    public void ThePullRequestJobBuildsTheCliFromTheBaseBranchAndChecksOutOnlyThePullRequestsStackFiles()
    {
        var steps = Assert.Single(Workflow.Load("pull-request.yml").Jobs).Steps;
        var checkouts = steps.Where(s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();
        var setup = Assert.Single(steps, s => s.Uses?.EndsWith(".github/actions/setup-reconciler", StringComparison.Ordinal) == true);

        var baseCheckout = Assert.Single(checkouts, c => c.With.GetValueOrDefault("ref") == "${{ github.event.pull_request.base.sha }}");
        var basePath = baseCheckout.With["path"];
        Assert.Equal($"./{basePath}/.github/actions/setup-reconciler", setup.Uses);
        Assert.Equal(basePath, setup.With.GetValueOrDefault("source"));

        Assert.All(checkouts.Where(c => c != baseCheckout), head =>
        {
            Assert.Equal(["Pulumi.*.yaml", "Pulumi.yaml"], head.With["sparse-checkout"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order());
            Assert.Equal("false", head.With.GetValueOrDefault("sparse-checkout-cone-mode"));
        });
        Assert.All(checkouts, c => Assert.Equal("false", c.With.GetValueOrDefault("persist-credentials")));
    }

    [Theory]
    [InlineData("pull-request.yml", "vars.AZURE_CLIENT_ID_READ")]
    [InlineData("drift.yml", "vars.AZURE_CLIENT_ID_READ")]
    [InlineData("deploy.yml", "vars.AZURE_CLIENT_ID_WRITE")]
    public void EachWorkflowSignsInWithItsOwnIdentity(string fileName, string identity)
    {
        var workflow = Workflow.Load(fileName);
        var logins = workflow.Jobs.SelectMany(j => j.Steps).Where(s => s.Uses == AzureLogin).ToList();

        Assert.NotEmpty(logins);
        Assert.All(logins, login => Assert.Equal("${{ " + identity + " }}", login.With["client-id"]));
        Assert.DoesNotContain("vars.AZURE_CLIENT_ID }}", File.ReadAllText(Path.Combine(Reconciler.Testing.Stacks.Repository.Root, ".github", "workflows", fileName)));
    }

    [Fact]
    public void TheDeployJobCannotRunOffTheDefaultBranch()
    {
        var workflow = Workflow.Load("deploy.yml");
        var job = Assert.Single(workflow.Jobs);

        Assert.Equal(["main"], workflow.On("push", "branches"));
        Assert.Empty(workflow.On("push", "tags"));
        Assert.False(workflow.Triggers("pull_request") || workflow.Triggers("pull_request_target") || workflow.Triggers("workflow_run"));
        Assert.Equal("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)", job.If);
        Assert.Equal("production", job.Environment);
    }

    [Fact]
    public void DeploysQueuePerTenantAndStackWhateverRefStartedThem()
    {
        var group = Workflow.Scalar(Workflow.Load("deploy.yml").Concurrency, "group");

        Assert.NotNull(group);
        Assert.Contains("vars.AZURE_TENANT_ID", group);
        Assert.Contains("dev", group);
        Assert.DoesNotContain("github.ref", group);
        Assert.DoesNotContain("github.head_ref", group);
    }

    [Fact]
    public void TheEngineIsReadThroughTheCliNotGrep()
    {
        var runs = string.Join('\n', Workflow.Load("deploy.yml").Steps.Select(s => s.Run));

        Assert.Contains("reconciler validate --stack \"$STACK\" --output json", runs);
        Assert.DoesNotContain("grep", runs);
    }

    [Theory]
    [InlineData("pull-request.yml")]
    [InlineData("drift.yml")]
    public void ReportsThatCanBePublicAreRedacted(string fileName)
    {
        var workflow = Workflow.Load(fileName);
        var text = File.ReadAllText(Path.Combine(Reconciler.Testing.Stacks.Repository.Root, ".github", "workflows", fileName));

        Assert.Contains("REDACT: ${{ !github.event.repository.private && '--redact' || '' }}", text);
        Assert.All(workflow.CommandLines("reconciler").Where(l => !l.StartsWith("reconciler validate", StringComparison.Ordinal)), line => Assert.Contains("$REDACT", line));
    }

    [Fact]
    public void NoShippedWorkflowAllowsALocalTenant() =>
        Assert.All(Directory.GetFiles(Path.Combine(Reconciler.Testing.Stacks.Repository.Root, ".github", "workflows")), file =>
            Assert.DoesNotContain("--allow-local-tenant", File.ReadAllText(file)));
}
