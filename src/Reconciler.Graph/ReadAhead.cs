using Reconciler.Model.Live;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph;

/// <summary>
/// The read an apply makes right after its writes, made early. A batch that creates policies must list the policies
/// once its writes are done (to settle concurrent creates), and the engine then reads the whole tenant to verify;
/// starting that whole read for the settling lets one round trip serve both. The engine may have other writes on the
/// wire (guests the policies do not name), so the read starts only once no write is in flight. The early snapshot is
/// handed out only to a read the engine says follows its writes (<see cref="ITenant.ReadAfterWritesAsync"/>), only
/// when that read asks for what the early one read, and only while nothing has been written since.
/// </summary>
internal sealed class ReadAhead
{
    private readonly Lock _gate = new();
    private SnapshotRequest? _lastRequest;
    private (SnapshotRequest Request, Task<LiveSnapshot> Snapshot)? _early;
    private int _writesInFlight;
    private long _writesStarted;
    private TaskCompletionSource _quiet = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The request a read was made with; an incremental one is never read ahead (it moves a cache along).</summary>
    public void Remember(SnapshotRequest request)
    {
        lock (_gate)
        {
            _lastRequest = request.Incremental ? null : request;
        }
    }

    /// <summary>
    /// A write is about to be sent: an early snapshot no longer shows the tenant, and none starts until the write
    /// has returned. Dispose the result when it has.
    /// </summary>
    public IDisposable Writing()
    {
        lock (_gate)
        {
            _early = null;
            _writesStarted++;
            if (_writesInFlight++ == 0)
            {
                _quiet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        return new WriteDone(this);
    }

    /// <summary>Something was written outside <see cref="Writing"/>'s scope: an early snapshot no longer shows the tenant.</summary>
    public void Forget() => Writing().Dispose();

    /// <summary>
    /// Starts reading the tenant as the last request did, once no write is in flight, or returns null when there was
    /// no request to repeat. A write that starts meanwhile keeps the snapshot from being handed out later.
    /// </summary>
    public async Task<Task<LiveSnapshot>?> StartAsync(Func<SnapshotRequest, Task<LiveSnapshot>> read)
    {
        while (true)
        {
            SnapshotRequest request;
            long generation;
            Task quiet;
            lock (_gate)
            {
                if (_lastRequest is null)
                {
                    return null;
                }
                (request, generation, quiet) = (_lastRequest, _writesStarted, _writesInFlight == 0 ? Task.CompletedTask : _quiet.Task);
            }
            if (!quiet.IsCompleted)
            {
                await quiet;
                continue;
            }

            var snapshot = read(request);
            lock (_gate)
            {
                if (_writesStarted == generation)
                {
                    _early = (request, snapshot);
                }
            }
            return snapshot;
        }
    }

    /// <summary>The early snapshot, if it was read for a request that reads the same as this one; it is handed out once.</summary>
    public Task<LiveSnapshot>? Take(SnapshotRequest request)
    {
        lock (_gate)
        {
            var early = _early;
            _early = null;
            return early is { } e && e.Request.ReadsSameAs(request) ? e.Snapshot : null;
        }
    }

    private void WriteEnded()
    {
        lock (_gate)
        {
            if (--_writesInFlight == 0)
            {
                _quiet.TrySetResult();
            }
        }
    }

    private sealed class WriteDone(ReadAhead owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.WriteEnded();
            }
        }
    }
}
