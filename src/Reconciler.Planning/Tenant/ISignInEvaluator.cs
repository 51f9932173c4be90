using Reconciler.Model.Access;
using Reconciler.Model.Tenant;

namespace Reconciler.Planning.Tenant;

/// <summary>
/// A tenant that can judge a sign-in itself (Graph's What If API). Read-only. Never throws for a service failure:
/// the verdict says the service is unavailable and carries the diagnostic.
/// </summary>
public interface ISignInEvaluator
{
    Task<ServiceVerdict> EvaluateAsync(SignIn signIn, CancellationToken cancellationToken);
}
