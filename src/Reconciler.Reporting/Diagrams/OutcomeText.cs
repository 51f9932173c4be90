using Reconciler.Access;
using Reconciler.Model.Access;

namespace Reconciler.Reporting.Diagrams;

/// <summary>An outcome in a diagram's few words: MFA at home, MFA here, blocked, no policy, or the other controls.</summary>
public static class OutcomeText
{
    public static string Of(AccessOutcome outcome)
    {
        var text = outcome.Result switch
        {
            AccessResult.NoPolicy => "no policy",
            AccessResult.Block => "blocked",
            _ => string.Join(" + ", Controls(outcome)),
        };
        return outcome.Enforced || outcome.Result == AccessResult.NoPolicy ? text : $"{text} (report-only)";
    }

    private static IEnumerable<string> Controls(AccessOutcome outcome)
    {
        var mfa = outcome.Mfa switch
        {
            MfaSatisfaction.HomeTenant => "MFA at home",
            MfaSatisfaction.ResourceTenant => "MFA here",
            _ => null,
        };
        var others = outcome.RequiredControls.Where(c => !string.Equals(c, "mfa", StringComparison.OrdinalIgnoreCase)).ToList();
        if (mfa is not null)
        {
            yield return mfa;
        }

        foreach (var control in others)
        {
            yield return control;
        }

        if (mfa is null && others.Count == 0)
        {
            yield return "allowed";
        }
    }
}
