using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Guests;

/// <summary>
/// A guest page on its way: its nextLink as soon as the first bytes show it (or, failing that, once the page is
/// whole), and the whole checked page.
/// </summary>
internal sealed class PageFetch
{
    private readonly TaskCompletionSource<string?> _nextLink = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PageFetch()
    {
    }

    public Task<string?> NextLink => _nextLink.Task;

    public Task<FetchedPage> Page { get; private set; } = null!;

    public static PageFetch Start(Func<Action<string>, CancellationToken, Task<FetchedPage>> fetch, CancellationToken cancellationToken)
    {
        var started = new PageFetch();
        started.Page = fetch(link => started._nextLink.TrySetResult(link), cancellationToken);
        _ = started.Page.ContinueWith(done => started._nextLink.TrySetResult(done.IsCompletedSuccessfully ? done.Result.NextLink : null),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return started;
    }

    /// <summary>A page no longer wanted (the listing failed or was cancelled): waited for, its buffer returned, its failure dropped.</summary>
    public static async Task AbandonAsync(PageFetch? fetch)
    {
        if (fetch is null)
        {
            return;
        }
        try
        {
            (await fetch.Page).Dispose();
        }
        catch (Exception e) when (e is OperationCanceledException or GraphCallException)
        {
            // The listing already ended; what this page would have said does not matter.
        }
    }
}
