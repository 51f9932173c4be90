using Reconciler.Core.Live;
using Reconciler.Core.Tenant;

namespace Reconciler.Graph;

/// <summary>
/// The read an apply makes right after its writes, made early. A wave that creates policies must list the policies
/// once its writes are done (to settle concurrent creates), and the engine then reads the whole tenant to verify;
/// starting that whole read for the settling lets one round trip serve both. The early snapshot is handed out only
/// for the request the engine read with before, and only while nothing has been written since.
/// </summary>
internal sealed class ReadAhead
{
    private SnapshotRequest? _lastRequest;
    private (SnapshotRequest Request, Task<LiveSnapshot> Snapshot)? _early;

    /// <summary>The request a read was made with; an incremental one is never read ahead (it moves a cache along).</summary>
    public void Remember(SnapshotRequest request) => _lastRequest = request.Incremental ? null : request;

    /// <summary>Something was written: an early snapshot no longer shows the tenant.</summary>
    public void Forget() => _early = null;

    /// <summary>Starts reading the tenant as the last request did, or returns null when there was none.</summary>
    public Task<LiveSnapshot>? Start(Func<SnapshotRequest, Task<LiveSnapshot>> read)
    {
        if (_lastRequest is not { } request)
        {
            return null;
        }
        var snapshot = read(request);
        _early = (request, snapshot);
        return snapshot;
    }

    /// <summary>The early snapshot, if it was read for this very request; it is handed out once.</summary>
    public Task<LiveSnapshot>? Take(SnapshotRequest request)
    {
        var early = _early;
        _early = null;
        return early is { } e && ReferenceEquals(e.Request, request) ? e.Snapshot : null;
    }
}
