namespace Reconciler.Model.ConditionalAccess;

/// <summary>
/// A Conditional Access policy in Microsoft Graph's shape (camelCase on the wire, PascalCase here).
/// The same type describes a declared policy and a live one. On a declared policy a null property means
/// "not declared, not managed"; on a live policy it means the service returned null.
/// Flag enums (guestOrExternalUserTypes, insiderRiskLevels) are held as lists of their tokens.
/// </summary>
public sealed record ConditionalAccessPolicyBody
{
    public required string DisplayName { get; init; }

    /// <summary><c>enabled</c>, <c>disabled</c> or <c>enabledForReportingButNotEnforced</c>.</summary>
    public string? State { get; init; }

    public ConditionalAccessConditions? Conditions { get; init; }

    public ConditionalAccessGrantControls? GrantControls { get; init; }

    public ConditionalAccessSessionControls? SessionControls { get; init; }
}
