using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Diagnostics;

/// <summary>
/// B2B2103: declared guests that no enabled MFA policy covers, one warning for each group of guests the policies treat
/// alike (<see cref="SignInGroups"/>), so the warnings grow with the kinds of guest rather than their number.
/// </summary>
internal static class GuestCoverageCheck
{
    public static IEnumerable<Diagnostic> Run(IReadOnlyList<IReadOnlyList<GuestUnderTest>> groups, IReadOnlyList<PolicyUnderTest> policies, CrossTenantTrust trust)
    {
        var mfaPolicies = policies.Where(p => p.RequiresMfa()).ToList();
        foreach (var group in groups)
        {
            var representative = group[0].User;
            var covering = mfaPolicies.Where(p => p.Covers(representative)).ToList();
            if (covering.Any(p => PolicyState.IsEnabled(p.State)))
            {
                continue;
            }

            var them = group.Count == 1 ? "it" : "them";
            var reportOnly = covering.Count > 0
                ? $" ({string.Join(", ", covering.Select(p => p.Describe()))} covers {them} in report-only mode, which is never enforced)"
                : "";
            var homeTenant = trust.NameOf(representative.HomeTenantId) ?? representative.HomeTenantId;
            yield return PlanningDiagnostics.GuestWithoutMfaPolicy([.. group.Select(g => g.User.ToString())], homeTenant, reportOnly, group[0].Source);
        }
    }
}
