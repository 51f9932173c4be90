using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>Each workflow's commands, run in its order against a local tenant, produce what its later steps read.</summary>
public class WorkflowRunTests
{
    [Fact]
    public async Task APullRequestAgainstAnEmptyTenantPlansChangesWithoutFailingTheJob()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var run = new WorkflowRun(tenant, stack);

        var exitCodes = await run.RunAsync("pull-request.yml");

        Assert.Equal([0, 2], exitCodes);
        Assert.Contains("Require MFA for B2B portal access", run.ReadOutput("plan.md"));
        Assert.DoesNotContain(TenantFixture.AlexEmail, run.ReadOutput("plan.md"));
        run.ReadJsonReport("plan.json");
        Assert.Contains("reconciler-saved-plan", run.ReadOutput("plan.saved.json"));
        Assert.Contains("Require MFA for B2B portal access", run.ReadOutput("step-summary.md"));
        Assert.Empty(tenant.UsersWithMail(TenantFixture.AlexEmail));
    }

    [Fact]
    public async Task ABlockedPlanFailsThePullRequestJob()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [All]\n");
        var run = new WorkflowRun(tenant, stack);

        var exitCodes = await run.RunUntilTheJobFailsAsync("pull-request.yml");

        Assert.Equal([0, 1], exitCodes);
        Assert.Contains("B2B2011", run.ReadOutput("plan.md"));
    }

    [Fact]
    public async Task ADeployAppliesThePlanThePullRequestSavedAndItsClosingDriftCheckFindsTheTenantInSync()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var run = new WorkflowRun(tenant, stack);
        await run.RunAsync("pull-request.yml");
        run.PlanFile = "plan.saved.json";

        var exitCodes = await run.RunAsync("deploy.yml");

        Assert.Equal([0, 0, 0], exitCodes);
        Assert.Equal("reconciler", System.Text.Json.JsonDocument.Parse(run.ReadOutput("validation.json")).RootElement.GetProperty("engine").GetString());
        Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.NotEmpty(run.ReadOutput("drift.md"));
    }

    [Fact]
    public async Task ADeployWithoutASavedPlanPlansAgain()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var run = new WorkflowRun(tenant, stack);

        Assert.Equal([0, 0, 0], await run.RunAsync("deploy.yml"));
        Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
    }

    [Fact]
    public async Task TheScheduledDriftCheckOpensAnIssueThenClosesItOnceADeployHasRun()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var run = new WorkflowRun(tenant, stack);

        Assert.Equal([2], await run.RunAsync("drift.yml"));
        var issueBody = run.ReadOutput("drift.md");
        Assert.Contains("Require MFA for B2B portal access", issueBody);

        await run.RunAsync("deploy.yml");

        Assert.Equal([0], await run.RunAsync("drift.yml"));
        Assert.NotEqual(issueBody, run.ReadOutput("drift.md"));
    }
}
