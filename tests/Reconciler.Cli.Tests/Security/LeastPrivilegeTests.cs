using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;

namespace Reconciler.Cli.Tests.Security;

/// <summary>Read-only roles are enough to look; writing needs the write roles and says which; a foreign token reads nothing.</summary>
public class LeastPrivilegeTests
{
    private static readonly string[] ReadOnly = ["User.Read.All", "Policy.Read.All"];

    [Fact]
    public async Task DriftPlanWhatIfAndExportWorkWithReadOnlyRoles()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var token = tenant.Tenant.CreateToken(ReadOnly);

        Assert.Equal(2, (await RunAsync(tenant, stack, token, "drift")).ExitCode);
        Assert.Equal(2, (await RunAsync(tenant, stack, token, "plan")).ExitCode);
        var whatIf = await RunAsync(tenant, stack, token, "whatif", "--user", TenantFixture.AlexEmail, "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013", "--against", "live");
        Assert.True(whatIf.ExitCode == 0, whatIf.All);
        var export = await RunAsync(tenant, stack, token, "export", "--out", Path.Combine(stack.Path, "exported.yaml"));
        Assert.True(export.ExitCode == 0, export.All);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task ApplyWithoutAWriteRoleStopsBeforeWritingAndNamesTheRole()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var apply = await RunAsync(tenant, stack, tenant.Tenant.CreateToken([.. ReadOnly, "User.ReadWrite.All", "Policy.ReadWrite.CrossTenantAccess"]), "apply", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("B2B3012", apply.Stderr);
        Assert.Contains("Policy.ReadWrite.ConditionalAccess", apply.Stderr);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task ATokenForAnotherTenantIsRefusedBeforeAnyDataIsRead()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var drift = await RunAsync(tenant, stack, tenant.Tenant.CreateToken("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", [.. LocalTenant.AllRoles]), "drift");

        Expect.CodedFailure(drift, "foreign token");
        Assert.DoesNotContain(tenant.Tenant.Requests.Entries, r =>
            r.PathAndQuery.StartsWith("/users", StringComparison.Ordinal)
            || r.PathAndQuery.StartsWith("/identity", StringComparison.Ordinal)
            || r.PathAndQuery.StartsWith("/policies", StringComparison.Ordinal)
            || r.PathAndQuery.StartsWith("/$batch", StringComparison.Ordinal));
    }

    private static Task<CliResult> RunAsync(TenantFixture tenant, StackFolder stack, string token, params string[] args) =>
        CliRunner.RunAsync(stack.Path, FastRetries.Environment(token), [.. args, "--graph-url", tenant.GraphUrl]);
}
