using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access;

/// <summary>A Conditional Access policy to evaluate, declared or live, with where it was declared if known.</summary>
public sealed record PolicyUnderTest(ConditionalAccessPolicyBody Body, SourceLocation? Source = null)
{
    public string DisplayName => Body.DisplayName;

    /// <summary>The policy state, or null when it is not known (see <see cref="PolicyState"/>): never in force.</summary>
    public string? State => Body.State;

    public static PolicyUnderTest From(DesiredPolicy policy) => new(policy.Body, policy.Source);
}

internal static class PolicyUnderTestFacts
{
    /// <summary>Enabled or report-only: the policies the What If tool evaluates.</summary>
    public static bool IsActive(this PolicyUnderTest policy) =>
        PolicyState.IsEvaluated(policy.State);

    public static GrantRequirement Requirement(this PolicyUnderTest policy) => GrantRequirement.From(policy.Body.GrantControls);
}
