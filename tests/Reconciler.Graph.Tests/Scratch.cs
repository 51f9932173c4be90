using Reconciler.Graph.Tests.Support;
namespace Reconciler.Graph.Tests;
public class Scratch
{
    [Fact]
    public async Task Dump()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        try { await port.ReadAsync(new Core.Tenant.SnapshotRequest(["a@b.c"], Core.Live.ReadScope.Declared), CancellationToken.None); } catch (TenantException) { }
        Assert.Fail(string.Join("\n", tenant.Requests.Entries.Select(e => $"{e.Method} {e.PathAndQuery} {e.Status} {e.InsideBatch}")));
    }
}
