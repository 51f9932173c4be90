using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>What the evaluator found for one sign-in: every policy's verdict and the combined outcome.</summary>
public sealed record AccessDecision(IReadOnlyList<PolicyEvaluation> Policies, AccessOutcome Outcome)
{
    public IEnumerable<PolicyEvaluation> Applying => Policies.Where(p => p.Applies);
}

/// <summary>
/// One policy's verdict. <see cref="Reasons"/> lists every condition that failed, first failing first
/// (the What If tool shows only the first). <see cref="Enforced"/> is true only for an enabled policy that applies.
/// <see cref="State"/> is null when the policy's state is not known (declared without one, no tenant to keep it from).
/// </summary>
public sealed record PolicyEvaluation(
    string DisplayName,
    string? State,
    bool Applies,
    IReadOnlyList<string> Reasons,
    bool Enforced,
    IReadOnlyList<string> RequiredControls);

/// <summary>
/// The combined result. When only report-only policies apply, the outcome is what they would do, with
/// <see cref="Enforced"/> false. <see cref="BlockReason"/> says why a block happens: a policy's block control,
/// or MFA required of a B2B direct connect user whose home-tenant MFA is not trusted.
/// </summary>
public sealed record AccessOutcome(
    AccessResult Result,
    IReadOnlyList<string> RequiredControls,
    bool Enforced,
    MfaSatisfaction Mfa,
    BlockReason? BlockReason = null)
{
    public static AccessOutcome NoPolicy { get; } = new(AccessResult.NoPolicy, [], false, MfaSatisfaction.NotRequired);
}

public enum AccessResult
{
    /// <summary>No enabled or report-only policy applies.</summary>
    NoPolicy,
    Grant,
    Block,
}

public enum MfaSatisfaction
{
    NotRequired,

    /// <summary>MFA done in the guest's home tenant is accepted (inbound trust <c>isMfaAccepted</c>).</summary>
    HomeTenant,

    /// <summary>The user registers and performs MFA in this (the resource) tenant.</summary>
    ResourceTenant,
}

public enum BlockReason
{
    /// <summary>An applying policy has the <c>block</c> grant control.</summary>
    Policy,

    /// <summary>B2B direct connect users cannot do MFA in the resource tenant, so without trust they are blocked.</summary>
    DirectConnectMfaNotTrusted,
}
