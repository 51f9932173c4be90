using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Security;

/// <summary>A pipeline never reports on a throwaway local tenant by accident: in CI it takes --allow-local-tenant.</summary>
public class LocalTenantInCiTests
{
    [Theory]
    [InlineData("CI")]
    [InlineData("GITHUB_ACTIONS")]
    [InlineData("TF_BUILD")]
    public async Task InCiALoopbackTenantIsRefusedBeforeAnyRequest(string variable)
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunWithEnvironmentAsync(stack, new() { [variable] = "true" }, "plan");

        Assert.Equal(1, plan.ExitCode);
        Assert.Contains($"error B2B2401: This is a CI run ({variable} is set)", plan.Stderr);
        Assert.Equal(0, tenant.Tenant.Requests.Count);
    }

    [Fact]
    public async Task InCiAStackThatSaysLocalIsRefusedWithoutStartingOne()
    {
        using var stack = StackFolder.WithSample();

        var drift = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "drift");

        Assert.Equal(1, drift.ExitCode);
        Assert.Contains("error B2B2401", drift.Stderr);
        Assert.Contains("'local'", drift.Stderr);
        Assert.False(Directory.Exists(Path.Combine(stack.Path, ".reconciler")));
    }

    [Fact]
    public async Task TheToolsOwnChecksPassTheFlagExplicitly()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunWithEnvironmentAsync(stack, new() { ["CI"] = "true" }, "plan", "--allow-local-tenant");

        Assert.True(plan.ExitCode == 2, plan.All);
    }

    [Fact]
    public async Task OutsideCiALocalTenantNeedsNoFlag()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        Assert.Equal(2, (await tenant.RunWithEnvironmentAsync(stack, new() { ["CI"] = "false" }, "plan")).ExitCode);
    }
}
