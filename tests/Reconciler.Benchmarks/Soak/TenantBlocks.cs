namespace Reconciler.Benchmarks.Soak;

/// <summary>Splits a total into blocks, one tenant each, and runs the blocks a few at a time.</summary>
internal static class TenantBlocks
{
    /// <summary>Calls <paramref name="block"/> with each block's index and size; the last block may be smaller.</summary>
    public static Task RunAsync(int total, int perTenant, int parallel, Func<int, int, Task> block) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, (total + perTenant - 1) / perTenant),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (index, _) => await block(index, Math.Min(perTenant, total - index * perTenant)));
}
