namespace Reconciler.Graph.Batching;

/// <summary>
/// The write batches one tenant port has on the wire, counted across the batches the engine overlaps (the policies
/// go out while other guests are still being invited), so overlapping never raises the bound.
/// </summary>
internal sealed class BatchSlots
{
    // Twenty-five batches of twenty put up to 500 writes in flight: a sixth of the 3,000 writes per two and a half
    // minutes Graph allows one app in one tenant, and a 500-guest stack is invited in one round trip instead of five.
    // Graph meters writes by count, not by concurrency; a throttled step waits for its Retry-After either way.
    public const int InFlight = 25;

    private readonly SemaphoreSlim _free = new(InFlight, InFlight);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken);
        try
        {
            return await send(cancellationToken);
        }
        finally
        {
            _free.Release();
        }
    }
}
