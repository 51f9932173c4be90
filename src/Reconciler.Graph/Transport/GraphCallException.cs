namespace Reconciler.Graph.Transport;

/// <summary>A call that failed for good (after its retries). Stays inside this assembly; the port turns it into a diagnostic.</summary>
internal sealed class GraphCallException(GraphFailure failure, int attempts) : Exception(failure.Message)
{
    public GraphFailure Failure { get; } = failure;

    public int Attempts { get; } = attempts;
}
