using System.Diagnostics;
using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;
using Reconciler.Testing.Hostile;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>An interrupt or the run's deadline stops a command with a coded line and, for apply, what was and was not written.</summary>
public class InterruptTests
{
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task AnInterruptedApplyExitsWithTheSignalsCodeAndSaysWhatWasWritten(string signal, int exitCode)
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.With(StackGenerator.Everything());
        foreach (var method in new[] { "POST", "PATCH" })
        {
            tenant.Tenant.Faults.Add(new FaultRule { Method = method, Kind = FaultKind.Latency, LatencyMs = 300 });
        }

        using var apply = ReconcilerProcess.Start(tenant.Tenant, stack, tenant.Tenant.CreateToken([.. LocalTenant.AllRoles]), "apply", "--yes");
        var deadline = Stopwatch.StartNew();
        while (tenant.Tenant.Requests.WriteCount < 1 && !apply.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(5);
        }
        Assert.False(apply.HasExited, "apply finished before it could be interrupted");
        await apply.SignalAsync(signal);
        var result = await apply.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == exitCode, result.All);
        Assert.Contains("error B2B2203: Interrupted by SIG" + signal, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Stopped part-way", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);

        tenant.Tenant.Faults.Clear();
        Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes")).ExitCode);
        Expect.NoDuplicates(tenant.Store, "after the rerun");
    }

    [Fact]
    public async Task ARunPastItsTimeoutStopsWithACodeAndNoWrite()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        await using var endpoint = HostileGraph.InFrontOf(tenant.Tenant.BaseUrl, request =>
            request.Path == "/identity/conditionalAccess/policies" ? HostileAnswer.Silence() : null);
        var clock = Stopwatch.StartNew();

        var apply = await CliRunner.RunAsync(stack.Path, "apply", "--yes", "--timeout", "2s", "--graph-url", endpoint.BaseUrl.ToString());

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2204", apply.Stderr, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    [InlineData("-5m")]
    public async Task ATimeoutThatIsNotADurationIsRefused(string timeout)
    {
        using var stack = StackFolder.WithSample();

        var validate = await CliRunner.RunAsync(stack.Path, "validate", "--timeout", timeout);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("--timeout", validate.All, StringComparison.Ordinal);
    }
}
