using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>
/// The cross-tenant default and partners, each declared one managed whole. The default is compared with Microsoft's
/// service default wherever the stack leaves a block out. A partner is compared with its own blocks, not with what it
/// inherits: an undeclared block must be null (inherit the default), and a null live block against a declared one is
/// drift, because a partner that does not carry a setting silently follows every later change of the default.
/// </summary>
internal static class CrossTenantPlanner
{
    public const string DefaultKey = "default";

    public static void Plan(DesiredCrossTenantAccess? declared, LiveIndex index, PlanBuilder plan)
    {
        if (declared is null)
        {
            return;
        }

        if (declared.Default is { } defaults
            && ChangedBlocks(WholeCrossTenantSettings.ForDefault(defaults), index.Live.CrossTenantDefault.Settings, inheriting: null, declared.DefaultIgnoreChanges)
                is ({ Count: > 0 } differences, var blocks, _))
        {
            plan.Found(ResourceType.CrossTenantAccessDefault, DefaultKey, DriftStatus.Changed, new UpdateCrossTenantDefault(blocks), differences);
        }

        foreach (var partner in declared.Partners)
        {
            PlanPartner(partner, index.Partner(partner.TenantId), plan);
        }
    }

    private static void PlanPartner(DesiredPartner partner, LivePartner? live, PlanBuilder plan)
    {
        const ResourceType type = ResourceType.CrossTenantAccessPartner;
        var settings = WholeCrossTenantSettings.ForPartner(partner.Settings);
        if (partner.Ensure == Ensure.Absent)
        {
            if (live is not null)
            {
                plan.Found(type, partner.TenantId, DriftStatus.ShouldBeAbsent, new DeletePartner(live.TenantId));
            }
        }
        else if (live is null)
        {
            plan.Found(type, partner.TenantId, DriftStatus.Missing, new CreatePartner(partner.TenantId, settings));
        }
        else if (ChangedBlocks(settings, live.Settings, WholeCrossTenantSettings.InheritingBlocks, partner.IgnoreChanges) is ({ Count: > 0 } differences, var blocks, var cleared))
        {
            plan.Found(type, partner.TenantId, DriftStatus.Changed, new UpdatePartner(live.TenantId, blocks, cleared), differences);
        }
    }

    /// <summary>
    /// The differences; the declared blocks that hold them, each whole; and the changed blocks the stack leaves out,
    /// which the update clears. An ignored path takes the live value first, so it is neither drift nor written.
    /// </summary>
    private static (IReadOnlyList<PropertyDifference> Differences, CrossTenantSettings Blocks, IReadOnlyList<string> Cleared) ChangedBlocks(
        CrossTenantSettings declared, CrossTenantSettings live, IReadOnlySet<string>? inheriting, IReadOnlyList<string> ignored)
    {
        var declaredTree = GraphJson.ToTree(declared)!;
        var liveTree = GraphJson.ToTree(live);
        IgnoredPathOverlay.Apply(declaredTree, liveTree, ignored);
        var differences = TreeComparer.Compare(declaredTree, liveTree, inheriting);
        var changed = TreeComparer.TopLevelProperties(differences);
        foreach (var name in declaredTree.Select(p => p.Key).Where(n => !changed.Contains(n)).ToList())
        {
            declaredTree.Remove(name);
        }

        var cleared = changed.Where(name => !declaredTree.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        return (differences, GraphJson.FromTree<CrossTenantSettings>(declaredTree) ?? new(), cleared);
    }
}
