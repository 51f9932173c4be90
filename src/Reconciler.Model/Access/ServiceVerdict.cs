using Reconciler.Model.Diagnostics;
using Reconciler.Model.Identity;

namespace Reconciler.Model.Access;

/// <summary>
/// The tenant's own What If answer (Graph's <c>POST /identity/conditionalAccess/evaluate</c>), shown next to the offline
/// evaluator's. <see cref="Available"/> is false when the tenant does not offer the API or could not answer;
/// <see cref="Note"/> then says why, and <see cref="Failure"/> carries the diagnostic of a real failure.
/// </summary>
public sealed record ServiceVerdict(bool Available, IReadOnlyList<ServicePolicyVerdict> Policies, string? Note = null, Diagnostic? Failure = null)
{
    public static ServiceVerdict Unavailable(string note, Diagnostic? failure = null) => new(false, [], note, failure);

    /// <summary>The service's verdict on the policy of that name (names compare as plans match them, ignoring case).</summary>
    public ServicePolicyVerdict? For(string displayName) =>
        Policies.FirstOrDefault(p => PolicyKey.Same(p.DisplayName, displayName));
}

/// <summary>One policy as the service judged it; <see cref="Reasons"/> are <see cref="AnalysisReasons"/> tokens, empty when it applies.</summary>
public sealed record ServicePolicyVerdict(string DisplayName, string? State, bool Applies, IReadOnlyList<string> Reasons);
