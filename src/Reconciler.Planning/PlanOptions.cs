using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// How to plan, and the safety overrides a person passed by name. Each override silences exactly one gate;
/// none of them can silence a tenant mismatch.
/// </summary>
public sealed record PlanOptions
{
    public static PlanOptions Default { get; } = new();

    /// <summary>The plan is about to be applied (apply or destroy), so engine ownership is enforced.</summary>
    public bool ForApply { get; init; }

    /// <summary>Allows an enabled policy that applies to a break-glass account (B2B2010).</summary>
    public bool AllowBreakGlassLockout { get; init; }

    /// <summary>Allows an enabled All-users policy with grant controls that does not exclude the break-glass accounts (B2B2011).</summary>
    public bool AllowAllUsersWithoutBreakGlass { get; init; }

    /// <summary>Silences the advice to create a policy report-only first (B2B2013).</summary>
    public bool AllowDirectEnable { get; init; }

    /// <summary>At most this many unmanaged guests are listed by email in reports.</summary>
    public int UnmanagedGuestSample { get; init; } = 20;
}
