using Reconciler.Model.Access;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;


namespace Reconciler.Access.Diagnostics;

/// <summary>
/// B2B2102: a partner lets more B2B traffic through than the default does. Access is ranked blocked for everyone &lt;
/// allowed only for listed targets &lt; blocked only for listed targets &lt; allowed for everyone; a partner ranking above the default weakens it.
/// Inbound trust is not weakening: accepting a home tenant's MFA or device claims still enforces every policy.
/// An undeclared block on either side is not compared (a partner's null block inherits the default).
/// </summary>
internal static class PartnerWeakeningCheck
{
    private static readonly (string Name, Func<CrossTenantSettings, B2BSetting?> Read)[] Settings =
    [
        ("b2bCollaborationInbound", s => s.B2bCollaborationInbound),
        ("b2bCollaborationOutbound", s => s.B2bCollaborationOutbound),
        ("b2bDirectConnectInbound", s => s.B2bDirectConnectInbound),
        ("b2bDirectConnectOutbound", s => s.B2bDirectConnectOutbound),
    ];

    public static IEnumerable<Diagnostic> Run(DesiredCrossTenantAccess? access)
    {
        if (access?.Default is not { } defaults)
        {
            yield break;
        }

        foreach (var partner in access.Partners.Where(p => p.Ensure == Ensure.Present))
        {
            foreach (var (name, read) in Settings)
            {
                foreach (var weakened in Weakened(read(defaults), read(partner.Settings)))
                {
                    yield return PlanningDiagnostics.PartnerWeakensDefault(
                        partner.Name ?? partner.TenantId, $"{name}.{weakened.Target}", $"{weakened.Partner}", $"{weakened.Default}", name, partner.Source);
                }
            }
        }
    }

    private static IEnumerable<(string Target, string Partner, string Default)> Weakened(B2BSetting? @default, B2BSetting? partner)
    {
        if (@default is null || partner is null)
        {
            yield break;
        }

        foreach (var (target, defaults, partners) in new[]
                 {
                     ("usersAndGroups", @default.UsersAndGroups, partner.UsersAndGroups),
                     ("applications", @default.Applications, partner.Applications),
                 })
        {
            if (defaults is not null && partners is not null && Rank(partners) > Rank(defaults))
            {
                yield return (target, Describe(partners), Describe(defaults));
            }
        }
    }

    // allowed/blocked with listed targets means "only these" / "all but these"; the All* targets mean everyone.
    private static int Rank(TargetConfiguration configuration)
    {
        var everyone = configuration.Targets is not { Count: > 0 } targets
            || targets.Any(t => t.Target.StartsWith("All", StringComparison.OrdinalIgnoreCase));
        var allowed = string.Equals(configuration.AccessType, "allowed", StringComparison.OrdinalIgnoreCase);
        return (allowed, everyone) switch
        {
            (false, true) => 0,
            (true, false) => 1,
            (false, false) => 2,
            (true, true) => 3,
        };
    }

    private static string Describe(TargetConfiguration configuration) => Rank(configuration) switch
    {
        0 => "blocked for everyone",
        1 => "allowed only for listed targets",
        2 => "allowed for everyone but listed targets",
        _ => "allowed for everyone",
    };
}
