namespace Reconciler.Graph.Transport;

/// <summary>
/// Counts requests in a row that got no answer at all. Once there are <see cref="TransportLimits.ConsecutiveLostAnswers"/>,
/// the tenant is taken to be down for the rest of the run: nothing more is sent, so a dead tenant ends an apply in
/// seconds instead of retrying every queued write on its own. Any answer, even an error, resets the count.
/// </summary>
internal sealed class TenantHealth(int lostAnswersToGiveUp)
{
    private int _lostInARow;

    public bool IsDown => Volatile.Read(ref _lostInARow) >= lostAnswersToGiveUp;

    /// <summary>Throws instead of sending when the tenant is down.</summary>
    public void ThrowIfDown()
    {
        if (IsDown)
        {
            throw new GraphCallException(GraphFailure.Refused(RefusalKind.TenantDown,
                $"the tenant stopped answering ({lostAnswersToGiveUp} requests in a row got no answer), so nothing more was sent."), 0);
        }
    }

    public void Answered() => Volatile.Write(ref _lostInARow, 0);

    /// <summary>Notes a failure; true when it takes the tenant down.</summary>
    public bool Failed(GraphFailure failure)
    {
        if (failure.AnswerLost || failure.Refusal == RefusalKind.Deadline)
        {
            return Interlocked.Increment(ref _lostInARow) >= lostAnswersToGiveUp;
        }
        if (failure.Status is not null)
        {
            Answered();
        }
        return IsDown;
    }
}
