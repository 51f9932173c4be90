using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Lists every guest as <see cref="UpnPartitions"/> split them, a few ranges read at once, each streamed page by page
/// as a sequential listing is. At Graph's latency a listing costs its pages times the round trip, so ranges read side
/// by side cost a fraction of it. The ranges are proved complete against Graph's <c>$count</c> of guests, asked
/// alongside: when the guests read differ from the count (the tenant changed during the read, or a range came back
/// short), the partitions are dropped and the guests are listed again, one page after another.
/// </summary>
/// <remarks>
/// At most <see cref="Concurrency"/> ranges are read at once: each page goes through the same retried call as any
/// read, so a throttled page waits its <c>Retry-After</c> and the others go on. The guests of each range are kept
/// apart and taken in range order, so what a read keeps does not depend on which range answered first.
/// </remarks>
internal sealed class PartitionedGuestListing(GuestReader reader)
{
    public const int Concurrency = 4;

    /// <returns>The guests read, into <paramref name="selection"/> or a fresh one like it when the ranges fell back.</returns>
    public async Task<GuestSelection> ReadAsync(GuestSelection selection, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var total = reader.CountGuestsAsync(cancellationToken);
        var parts = UpnPartitions.Clauses.Select(_ => selection.Empty()).ToArray();
        var (pages, guests) = (0, 0);
        var progressGate = new object();
        void PageRead(int held, int _)
        {
            // One report at a time, in order: the last one a terminal shows is the whole read.
            lock (progressGate)
            {
                progress?.Report(new ReadProgress(++pages, guests += held));
            }
        }

        using var gate = new SemaphoreSlim(Concurrency);
        var read = await Task.WhenAll(UpnPartitions.Clauses.Select(async (clause, i) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var first = reader.FirstPage($"{GuestReader.GuestFilter} and {clause}", advanced: true);
                return await reader.EachGuestAsync(first, advanced: true, parts[i], PageRead, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));

        if (read.Sum() != await total)
        {
            var sequential = selection.Empty();
            await reader.EachGuestAsync(sequential, cancellationToken, progress);
            return sequential;
        }

        foreach (var part in parts)
        {
            selection.Absorb(part);
        }

        return selection;
    }
}
