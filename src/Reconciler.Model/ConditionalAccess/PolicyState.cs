namespace Reconciler.Model.ConditionalAccess;

/// <summary>
/// The states a Conditional Access policy can be in, and what a policy without one means, written once. A stack that
/// does not declare <c>state</c> does not manage it: an existing policy keeps the state the tenant gives it
/// (<see cref="After"/>), and a policy that does not exist yet has none, which Graph (and azuread) refuse to create.
/// So a body without a state is a policy whose state is not known, and it is never taken to be in force.
/// </summary>
public static class PolicyState
{
    public const string Enabled = "enabled";
    public const string Disabled = "disabled";
    public const string ReportOnly = "enabledForReportingButNotEnforced";

    /// <summary>Every state a stack may declare, as Graph spells them.</summary>
    public static IReadOnlyList<string> All { get; } = [Enabled, Disabled, ReportOnly];

    /// <summary>The state a policy has once a plan is applied: the declared one, or else the tenant's.</summary>
    public static string? After(string? declared, string? live) => declared ?? live;

    /// <summary>Enforced at sign-in. A policy with no known state is not.</summary>
    public static bool IsEnabled(string? state) => string.Equals(state, Enabled, StringComparison.OrdinalIgnoreCase);

    public static bool IsReportOnly(string? state) => string.Equals(state, ReportOnly, StringComparison.OrdinalIgnoreCase);

    /// <summary>Enabled or report-only: evaluated at sign-in (and by the What If tool), enforced or only logged.</summary>
    public static bool IsEvaluated(string? state) => IsEnabled(state) || IsReportOnly(state);
}
