using Reconciler.Core.DesiredState;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Core.Access;

/// <summary>A Conditional Access policy to evaluate, declared or live, with where it was declared if known.</summary>
public sealed record PolicyUnderTest(ConditionalAccessPolicyBody Body, SourceLocation? Source = null)
{
    public string DisplayName => Body.DisplayName;

    /// <summary>The policy state; a policy without one is taken as enabled, as Graph creates it.</summary>
    public string State => Body.State ?? PolicyStates.Enabled;

    public static PolicyUnderTest From(DesiredPolicy policy) => new(policy.Body, policy.Source);
}

public static class PolicyStates
{
    public const string Enabled = "enabled";
    public const string Disabled = "disabled";
    public const string ReportOnly = "enabledForReportingButNotEnforced";

    public static bool IsEnabled(string state) => string.Equals(state, Enabled, StringComparison.OrdinalIgnoreCase);

    public static bool IsReportOnly(string state) => string.Equals(state, ReportOnly, StringComparison.OrdinalIgnoreCase);
}

internal static class PolicyUnderTestFacts
{
    /// <summary>Enabled or report-only: the policies the What If tool evaluates.</summary>
    public static bool IsActive(this PolicyUnderTest policy) =>
        PolicyStates.IsEnabled(policy.State) || PolicyStates.IsReportOnly(policy.State);

    public static GrantRequirement Requirement(this PolicyUnderTest policy) => GrantRequirement.From(policy.Body.GrantControls);
}
