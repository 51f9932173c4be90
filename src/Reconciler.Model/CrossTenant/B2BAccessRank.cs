namespace Reconciler.Model.CrossTenant;

/// <summary>
/// How open one B2B target configuration is, strictest first: blocked for everyone (<c>blocked</c> with the All*
/// targets, or none); allowed only for listed targets; blocked only for listed targets; allowed for everyone. One
/// ranking, so a partner judged against the default means the same in the access checks and in drift.
/// </summary>
public static class B2BAccessRank
{
    public static int Of(TargetConfiguration configuration)
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

    public static string Describe(TargetConfiguration configuration) => Of(configuration) switch
    {
        0 => "blocked for everyone",
        1 => "allowed only for listed targets",
        2 => "allowed for everyone but listed targets",
        _ => "allowed for everyone",
    };

    /// <summary>The four B2B blocks by Graph's name.</summary>
    public static IReadOnlyList<(string Name, Func<CrossTenantSettings, B2BSetting?> Read)> Blocks { get; } =
    [
        ("b2bCollaborationInbound", s => s.B2bCollaborationInbound),
        ("b2bCollaborationOutbound", s => s.B2bCollaborationOutbound),
        ("b2bDirectConnectInbound", s => s.B2bDirectConnectInbound),
        ("b2bDirectConnectOutbound", s => s.B2bDirectConnectOutbound),
    ];

    /// <summary>The targets (<c>usersAndGroups</c>, <c>applications</c>) where <paramref name="partner"/> is more open than <paramref name="default"/>.</summary>
    public static IEnumerable<(string Target, string Partner, string Default)> Opened(B2BSetting? @default, B2BSetting? partner)
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
            if (defaults is not null && partners is not null && Of(partners) > Of(defaults))
            {
                yield return (target, Describe(partners), Describe(defaults));
            }
        }
    }
}
