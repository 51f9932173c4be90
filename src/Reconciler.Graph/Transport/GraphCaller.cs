using Reconciler.Graph.Connection;

namespace Reconciler.Graph.Transport;

/// <summary>
/// Runs calls under the retry policy. Idempotent calls (reads, PATCH, DELETE, reset) are simply tried again;
/// a create first asks whether its object already exists, because a lost answer may hide a committed write.
/// Every attempt first asks <see cref="Health"/> whether the tenant is still answering.
/// </summary>
internal sealed class GraphCaller(RetryPolicy policy, TransportLimits limits, TenantHealth health)
{
    public GraphCaller(RetryPolicy policy)
        : this(policy, TransportLimits.Default, new TenantHealth(TransportLimits.Default.ConsecutiveLostAnswers))
    {
    }

    public RetryPolicy Policy => policy;

    public TransportLimits Limits => limits;

    public TenantHealth Health => health;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                health.ThrowIfDown();
                var answer = await call(cancellationToken);
                health.Answered();
                return answer;
            }
            catch (Exception e) when (e is not GraphCallException && GraphFailure.From(e, cancellationToken) is { } failure)
            {
                await GiveUpOrWaitAsync(failure, attempt, cancellationToken);
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(async ct => { await call(ct); return true; }, cancellationToken);

    /// <summary>Deletes; a 404 after an attempt whose answer was lost means that attempt did the work.</summary>
    public async Task DeleteAsync(Func<CancellationToken, Task> delete, CancellationToken cancellationToken, bool mayHaveCommitted = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                health.ThrowIfDown();
                await delete(cancellationToken);
                health.Answered();
                return;
            }
            catch (Exception e) when (e is not GraphCallException && GraphFailure.From(e, cancellationToken) is { } failure)
            {
                if (failure.Status == 404 && mayHaveCommitted)
                {
                    return;
                }
                mayHaveCommitted = true;
                await GiveUpOrWaitAsync(failure, attempt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Creates once. After a failure that may have committed, <paramref name="findExisting"/> (itself retried) looks the
    /// object up by its key; if it is there, its id is returned instead of creating a second one.
    /// <paramref name="mayHaveCommitted"/> says an earlier attempt elsewhere (a batch) may already have done it.
    /// </summary>
    public async Task<string> CreateAsync(Func<CancellationToken, Task<string>> create, Func<CancellationToken, Task<string?>> findExisting, CancellationToken cancellationToken, bool mayHaveCommitted = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (mayHaveCommitted && await RunAsync(findExisting, cancellationToken) is { } existing)
            {
                return existing;
            }
            try
            {
                health.ThrowIfDown();
                var id = await create(cancellationToken);
                health.Answered();
                return id;
            }
            catch (Exception e) when (e is not GraphCallException && GraphFailure.From(e, cancellationToken) is { } failure)
            {
                mayHaveCommitted = true;
                await GiveUpOrWaitAsync(failure, attempt, cancellationToken);
            }
        }
    }

    private async Task GiveUpOrWaitAsync(GraphFailure failure, int attempt, CancellationToken cancellationToken)
    {
        if (health.Failed(failure) || !failure.IsTransient || attempt >= policy.MaxAttempts)
        {
            throw new GraphCallException(failure, attempt);
        }
        await policy.Wait(policy.DelayBefore(attempt + 1, failure.RetryAfter), cancellationToken);
    }
}
