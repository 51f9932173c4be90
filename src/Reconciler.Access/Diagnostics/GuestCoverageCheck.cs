using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Diagnostics;

/// <summary>B2B2103: a declared guest that no enabled MFA policy covers.</summary>
internal static class GuestCoverageCheck
{
    public static IEnumerable<Diagnostic> Run(IReadOnlyList<GuestUnderTest> guests, IReadOnlyList<PolicyUnderTest> policies)
    {
        var mfaPolicies = policies.Where(p => p.RequiresMfa()).ToList();
        foreach (var guest in guests)
        {
            var covering = mfaPolicies.Where(p => p.Covers(guest.User)).ToList();
            if (covering.Any(p => PolicyState.IsEnabled(p.State)))
            {
                continue;
            }

            var reportOnly = covering.Count > 0
                ? $" ({string.Join(", ", covering.Select(p => p.Describe()))} covers it in report-only mode, which is never enforced)"
                : "";
            yield return PlanningDiagnostics.GuestWithoutMfaPolicy(guest.User.ToString(), reportOnly, guest.Source);
        }
    }
}
