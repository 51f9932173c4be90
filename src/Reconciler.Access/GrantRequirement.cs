using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access;

/// <summary>
/// What one policy's grant controls ask for. <c>AND</c> needs every control, <c>OR</c> any one of them;
/// an authentication strength counts as an MFA-class control.
/// </summary>
internal sealed record GrantRequirement(IReadOnlyList<string> Controls, bool AnyOne)
{
    public const string Block = "block";
    public const string Mfa = "mfa";
    public const string AuthenticationStrength = "authenticationStrength";

    public static GrantRequirement From(ConditionalAccessGrantControls? grant)
    {
        if (grant is null)
        {
            return new([], AnyOne: false);
        }

        IEnumerable<string> controls = grant.BuiltInControls ?? [];
        if (grant.AuthenticationStrengthId is not null)
        {
            controls = controls.Append(AuthenticationStrength);
        }

        controls = controls.Concat(grant.CustomAuthenticationFactors ?? []).Concat(grant.TermsOfUse?.Select(id => $"termsOfUse:{id}") ?? []);
        var anyOne = !string.Equals(grant.Operator, "AND", StringComparison.OrdinalIgnoreCase);
        return new(controls.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), anyOne);
    }

    public bool Blocks => Controls.Contains(Block, StringComparer.OrdinalIgnoreCase);

    public bool InvolvesMfa => Controls.Any(IsMfaClass);

    /// <summary>
    /// The requirement as report lines: each control of an AND on its own line, the choices of an OR on one
    /// line joined by "or" (so a flat list across policies still reads as "all of these lines").
    /// </summary>
    public IReadOnlyList<string> Describe() =>
        AnyOne && Controls.Count > 1 ? [string.Join(" or ", Controls)] : Controls;

    private static bool IsMfaClass(string control) =>
        string.Equals(control, Mfa, StringComparison.OrdinalIgnoreCase)
        || string.Equals(control, AuthenticationStrength, StringComparison.OrdinalIgnoreCase);
}
