using Reconciler.Core.DesiredState;
using Reconciler.Core.Model.CrossTenant;
using Reconciler.Core.Normalisation;

namespace Reconciler.Core.Planning;

/// <summary>
/// The cross-tenant default and partners. A partner is compared with its own blocks, not with what it inherits:
/// a null live block against a declared one is drift, because the partner does not carry the setting and a later
/// change of the default would silently change it too.
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
            && ChangedBlocks(defaults, index.Live.CrossTenantDefault.Settings) is ({ Count: > 0 } differences, var blocks))
        {
            plan.Found(ResourceType.CrossTenantAccessDefault, DefaultKey, DriftStatus.Changed, new UpdateCrossTenantDefault(blocks), differences);
        }

        foreach (var partner in declared.Partners)
        {
            PlanPartner(partner, index.Partner(partner.TenantId), plan);
        }
    }

    private static void PlanPartner(DesiredPartner partner, Live.LivePartner? live, PlanBuilder plan)
    {
        const ResourceType type = ResourceType.CrossTenantAccessPartner;
        if (partner.Ensure == Ensure.Absent)
        {
            if (live is not null)
            {
                plan.Found(type, partner.TenantId, DriftStatus.ShouldBeAbsent, new DeletePartner(live.TenantId));
            }
        }
        else if (live is null)
        {
            plan.Found(type, partner.TenantId, DriftStatus.Missing, new CreatePartner(partner.TenantId, partner.Settings));
        }
        else if (ChangedBlocks(partner.Settings, live.Settings) is ({ Count: > 0 } differences, var blocks))
        {
            plan.Found(type, partner.TenantId, DriftStatus.Changed, new UpdatePartner(live.TenantId, blocks), differences);
        }
    }

    /// <summary>The differences, and the blocks that hold them, each whole: the live block overlaid with the declared one.</summary>
    private static (IReadOnlyList<PropertyDifference> Differences, CrossTenantSettings Blocks) ChangedBlocks(CrossTenantSettings declared, CrossTenantSettings live)
    {
        var declaredTree = GraphJson.ToTree(declared)!;
        var liveTree = GraphJson.ToTree(live);
        var differences = TreeComparer.CompareDeclaredOnly(declaredTree, liveTree);
        var blocks = TreeOverlay.OverlayOnly(liveTree, declaredTree, TreeComparer.TopLevelProperties(differences));
        return (differences, GraphJson.FromTree<CrossTenantSettings>(blocks) ?? new());
    }
}
