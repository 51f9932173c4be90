namespace Reconciler.Model.Evidence;

/// <summary>
/// Takes sign-ins one at a time as a reader pages through the log, so what is kept is what the sink aggregates,
/// never the log itself.
/// </summary>
public interface ISignInSink
{
    void Add(RecordedSignIn signIn);
}
