namespace Reconciler.Access.Evidence;

/// <summary>
/// How a change moves one sign-in: newly blocked (an enforced block where there was none), newly asked for MFA (an
/// enforced MFA requirement where none was enforced), and of those, already satisfied because the home tenant's token
/// carried MFA and the projected trust accepts it. Everything else is unaffected, a relaxation included.
/// </summary>
internal readonly record struct SignInChange(bool Blocked, bool NewlyMfa, bool SatisfiedAtHome)
{
    public bool Affected => Blocked || NewlyMfa;

    public static SignInChange Of(AccessOutcome before, AccessOutcome after, bool homeTenantMfa)
    {
        var blocked = Blocks(after) && !Blocks(before);
        var newlyMfa = !blocked && NeedsMfa(after) && !NeedsMfa(before) && !Blocks(before);
        return new(blocked, newlyMfa, newlyMfa && homeTenantMfa && after.Mfa == MfaSatisfaction.HomeTenant);
    }

    private static bool Blocks(AccessOutcome outcome) => outcome.Enforced && outcome.Result == AccessResult.Block;

    private static bool NeedsMfa(AccessOutcome outcome) =>
        outcome.Enforced && outcome.Result == AccessResult.Grant && outcome.Mfa != MfaSatisfaction.NotRequired;
}
