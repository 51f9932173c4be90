namespace Reconciler.Model.Desired;

/// <summary>
/// <c>b2b:promotion</c>: how a plan that enables a policy that is report-only in the tenant treats the service's own
/// report-only results in the sign-in log.
/// </summary>
public enum PromotionRule
{
    /// <summary><c>warn</c> (the default): sign-ins it would have failed are a warning.</summary>
    Warn,

    /// <summary><c>requireEvidence</c>: they block apply, and so does a sign-in log that cannot be read.</summary>
    RequireEvidence,
}
