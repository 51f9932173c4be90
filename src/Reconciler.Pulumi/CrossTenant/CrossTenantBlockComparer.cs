using Reconciler.Model.CrossTenant;
using N = Reconciler.PulumiMapping.CrossTenant.XtapPropertyNames;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Says which top-level blocks differ, with Graph's semantics: target lists are sets, ids and enum values compare
/// case-insensitively. This is the one place the provider compares settings; it delegates to Core's normaliser
/// once that exists, so <c>pulumi preview</c> and <c>reconciler plan</c> can never disagree about a change.
/// </summary>
public static class CrossTenantBlockComparer
{
    public static IReadOnlyList<string> ChangedBlocks(CrossTenantSettings old, CrossTenantSettings @new)
    {
        var changed = new List<string>();
        Check(N.InboundTrust, Equals(old.InboundTrust, @new.InboundTrust));
        Check(N.B2bCollaborationInbound, B2bEqual(old.B2bCollaborationInbound, @new.B2bCollaborationInbound));
        Check(N.B2bCollaborationOutbound, B2bEqual(old.B2bCollaborationOutbound, @new.B2bCollaborationOutbound));
        Check(N.B2bDirectConnectInbound, B2bEqual(old.B2bDirectConnectInbound, @new.B2bDirectConnectInbound));
        Check(N.B2bDirectConnectOutbound, B2bEqual(old.B2bDirectConnectOutbound, @new.B2bDirectConnectOutbound));
        Check(N.AutomaticUserConsentSettings, Equals(old.AutomaticUserConsentSettings, @new.AutomaticUserConsentSettings));
        Check(N.IsServiceProvider, old.IsServiceProvider == @new.IsServiceProvider);
        return changed;

        void Check(string block, bool equal)
        {
            if (!equal)
            {
                changed.Add(block);
            }
        }
    }

    public static bool IdsEqual(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool B2bEqual(B2BSetting? a, B2BSetting? b) =>
        a is null || b is null
            ? a is null && b is null
            : TargetsEqual(a.UsersAndGroups, b.UsersAndGroups) && TargetsEqual(a.Applications, b.Applications);

    private static bool TargetsEqual(TargetConfiguration? a, TargetConfiguration? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return IdsEqual(a.AccessType, b.AccessType) && TargetSet(a.Targets).SetEquals(TargetSet(b.Targets));
    }

    private static HashSet<string> TargetSet(IReadOnlyList<AccessTarget>? targets) =>
        (targets ?? []).Select(t => $"{t.TargetType}/{t.Target}").ToHashSet(StringComparer.OrdinalIgnoreCase);
}
