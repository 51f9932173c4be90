namespace Reconciler.Model.Evidence;

/// <summary>
/// One entry of a sign-in's <c>appliedConditionalAccessPolicies</c>: the service's own verdict on a policy for that
/// sign-in. <see cref="Result"/> is one of <see cref="PolicyResults"/>.
/// </summary>
public sealed record AppliedPolicyResult(string Id, string? DisplayName, string Result, IReadOnlyList<string> EnforcedGrantControls);
