using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using N = Reconciler.PulumiMapping.CrossTenant.XtapPropertyNames;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Everything the cross-tenant Pulumi provider decides, without Pulumi: checking inputs, diffing, choosing the
/// planned action each lifecycle call performs through the tenant port (the same actions <c>reconciler apply</c> runs),
/// and shaping what Read reports. The provider only converts property values and calls these.
/// </summary>
public static class XtapResourceLogic
{
    public static XtapCheckResult Check(string token, IReadOnlyDictionary<string, object?> inputs)
    {
        if (!XtapTokens.IsKnown(token))
        {
            return new XtapCheckResult(null, [XtapInputFailure.Malformed("type", $"'{token}' is not a cross-tenant resource")]);
        }

        var reader = new CrossTenantBagReader();
        var settings = reader.ReadSettings(inputs);
        var failures = reader.Failures.ToList();
        var tenantId = reader.ReadString(inputs, N.TenantId, null);
        if (token == XtapTokens.PartnerSettings)
        {
            CrossTenantVocabulary.CheckTenantId(tenantId, N.TenantId, failures);
        }
        else
        {
            RejectOnDefault(inputs, N.TenantId, failures);
            RejectOnDefault(inputs, N.IsServiceProvider, failures);
        }

        return new XtapCheckResult(new XtapInputs(token, tenantId, settings), failures);
    }

    public static XtapDiffResult Diff(string token, IReadOnlyDictionary<string, object?> oldOutputs, IReadOnlyDictionary<string, object?> newInputs)
    {
        var old = Check(token, oldOutputs).Inputs;
        var @new = Check(token, newInputs).Inputs;
        if (old is null || @new is null)
        {
            return new XtapDiffResult([N.TenantId], []);
        }

        var changed = CrossTenantBlockComparer.ChangedBlocks(old.Settings, @new.Settings).ToList();
        var replaces = new List<string>();
        if (!CrossTenantBlockComparer.IdsEqual(old.TenantId, @new.TenantId))
        {
            changed.Insert(0, N.TenantId);
            replaces.Add(N.TenantId);
        }

        return new XtapDiffResult(changed, replaces);
    }

    /// <summary>
    /// Whether creating the resource must write. The default is a singleton that always exists, so its create is a
    /// patch, and Graph records a patch even when it changes nothing (the default stops being the service default).
    /// Like <c>reconciler plan</c>, the default is written only when a declared block differs from the tenant.
    /// </summary>
    public static bool CreateWrites(XtapInputs declared, LiveSnapshot live) =>
        declared.IsPartner
        || ReadOutputs(declared, live) is not { } outputs
        || Diff(declared.Token, outputs, CrossTenantPropertyBag.ToBag(declared.Settings, declared.TenantId)).HasChanges;

    /// <summary>The default is a singleton that always exists, so creating it patches the declared blocks.</summary>
    public static PlannedAction CreateAction(XtapInputs inputs) =>
        inputs.IsPartner ? new CreatePartner(inputs.Id, inputs.Settings) : new UpdateCrossTenantDefault(inputs.Settings);

    /// <summary>A partner's update sends the blocks it leaves out as null, so a block set by hand inherits the default again.</summary>
    public static PlannedAction UpdateAction(XtapInputs inputs) =>
        inputs.IsPartner
            ? new UpdatePartner(inputs.Id, inputs.Settings, UndeclaredBlocks(inputs.Settings))
            : new UpdateCrossTenantDefault(inputs.Settings);

    private static IReadOnlyList<string> UndeclaredBlocks(CrossTenantSettings settings)
    {
        var declared = CrossTenantPropertyBag.ToBag(settings);
        return [.. WholeCrossTenantSettings.InheritingBlocks.Where(block => !declared.ContainsKey(block)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Deleting the default resets it to Microsoft's service defaults, as <c>reconciler destroy</c> does.</summary>
    public static PlannedAction DeleteAction(string token, string id) =>
        token == XtapTokens.PartnerSettings ? new DeletePartner(id) : new ResetCrossTenantDefault();

    /// <summary>
    /// The live values of the blocks the resource declares, as outputs; null when a partner no longer exists,
    /// which tells Pulumi the resource is gone. Undeclared blocks are not managed, so they are not reported.
    /// </summary>
    public static Dictionary<string, object?>? ReadOutputs(XtapInputs declared, LiveSnapshot snapshot)
    {
        CrossTenantSettings live;
        if (declared.IsPartner)
        {
            var partner = snapshot.Partners.FirstOrDefault(p => CrossTenantBlockComparer.IdsEqual(p.TenantId, declared.Id));
            if (partner is null)
            {
                return null;
            }

            live = partner.Settings;
        }
        else
        {
            live = snapshot.CrossTenantDefault.Settings;
        }

        return CrossTenantPropertyBag.ToBag(DeclaredProjection.Of(live, declared.Settings, declared.IsPartner), declared.TenantId);
    }

    private static void RejectOnDefault(IReadOnlyDictionary<string, object?> inputs, string key, List<XtapInputFailure> failures)
    {
        if (inputs.ContainsKey(key))
        {
            failures.Add(XtapInputFailure.Malformed(key, "belongs to a partner, not the default"));
        }
    }
}
