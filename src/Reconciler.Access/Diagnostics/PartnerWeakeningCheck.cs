using Reconciler.Model.Access;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Diagnostics;

/// <summary>
/// B2B2102: a partner lets more B2B traffic through than the default does, ranked by <see cref="B2BAccessRank"/>.
/// Inbound trust is not weakening here: accepting a home tenant's MFA or device claims still enforces every policy.
/// An undeclared block on either side is not compared (a partner's null block inherits the default).
/// </summary>
internal static class PartnerWeakeningCheck
{
    public static IEnumerable<Diagnostic> Run(DesiredCrossTenantAccess? access)
    {
        if (access?.Default is not { } defaults)
        {
            yield break;
        }

        foreach (var partner in access.Partners.Where(p => p.Ensure == Ensure.Present))
        {
            foreach (var (name, read) in B2BAccessRank.Blocks)
            {
                foreach (var weakened in B2BAccessRank.Opened(read(defaults), read(partner.Settings)))
                {
                    yield return PlanningDiagnostics.PartnerWeakensDefault(
                        partner.Name ?? partner.TenantId, $"{name}.{weakened.Target}", $"{weakened.Partner}", $"{weakened.Default}", name, partner.Source);
                }
            }
        }
    }
}
