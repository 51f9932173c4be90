namespace Reconciler.Graph.Connection;

/// <summary>
/// How often and how long to wait before trying a call again. The SDK's own retry handler is removed
/// from the pipeline, so this is the only retry in play (and creates can look before they retry).
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    /// <summary>Total attempts, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How to wait; tests swap in a recorder that does not sleep.</summary>
    public Func<TimeSpan, CancellationToken, Task> Wait { get; init; } = Task.Delay;

    /// <summary>Retry-After when the service gave one, exponential backoff otherwise, both capped.</summary>
    public TimeSpan DelayBefore(int nextAttempt, TimeSpan? retryAfter)
    {
        var backoff = BaseDelay * Math.Pow(2, Math.Max(0, nextAttempt - 2));
        var delay = retryAfter ?? backoff;
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
