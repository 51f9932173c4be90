using Reconciler.Emulator;

namespace Reconciler.Infra.Tests;

/// <summary>
/// One local tenant and one <c>xtap</c> plugin process for a test class, configured as the program's provider
/// resource configures it (<c>tenantId</c>, <c>graphUrl</c>). Tests use partner tenant ids of their own and leave the
/// default as they found it, so they can share both.
/// </summary>
public sealed class ProviderFixture : IAsyncLifetime
{
    private const string UnreachableEngine = "127.0.0.1:1";

    public LocalTenant Tenant { get; private set; } = null!;

    internal ProviderProcess Provider { get; private set; } = null!;

    internal TenantReader Reader { get; private set; } = null!;

    internal ProviderCalls Calls { get; private set; } = null!;

    public string GraphToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tenant = await LocalTenant.StartAsync(new EmulatorOptions { TenantId = SampleStackConfig.TenantId });
        GraphToken = Tenant.CreateToken([.. LocalTenant.AllRoles]);
        // The engine passes its own address for the plugin to log through. Nothing listens on this one: the provider
        // reports failures as errors of the call that failed and never calls back, and a call back would fail the test.
        Provider = await ProviderProcess.StartAsync(GraphToken, UnreachableEngine);
        Reader = new TenantReader(Tenant);
        Calls = new ProviderCalls(Provider.Client);
        await Calls.ConfigureAsync(SampleStackConfig.TenantId, Tenant.BaseUrl.ToString());
    }

    public async Task DisposeAsync()
    {
        Reader.Dispose();
        await Provider.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
