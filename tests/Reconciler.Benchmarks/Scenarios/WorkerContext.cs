using Reconciler.Benchmarks.Measuring;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Loading;

namespace Reconciler.Benchmarks.Scenarios;

/// <summary>What a worker process is given: where the tenant listens, its token, the stack folder and the sizes.</summary>
internal sealed record WorkerContext(string GraphUrl, string TenantId, string Token, string StackDirectory, BenchOptions Options)
{
    public WireCounter Wire { get; } = new();

    public async Task<GraphTenant> ConnectAsync()
    {
        var options = new GraphConnectionOptions { TenantId = TenantId, GraphUrl = GraphUrl, DevelopmentToken = Token, DevelopmentTokenIssuedByTenant = true, FinalHandler = Wire };
        var (tenant, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);
        return tenant ?? throw new InvalidOperationException(failure?.ToString());
    }

    public Reconciler.Model.Desired.DesiredState Load(string stack)
    {
        var result = StackLoader.Load(StackDirectory, stack);
        return result.IsValid ? result.State! : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
