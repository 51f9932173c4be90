using Reconciler.Core.Tenant;
using Reconciler.Graph.Tests.Support;

namespace Reconciler.Graph.Tests;

public class MalformedAnswerTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SpoiledAnswerBecomesB2B3008NotAnUnhandledException(bool html)
    {
        await using var tenant = await Local.StartAsync();
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with
        {
            FinalHandler = new CorruptingHandler("/identity/conditionalAccess/policies", html),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
        Assert.DoesNotContain("eyJ", error.Diagnostic.Message, StringComparison.Ordinal);
    }
}
