using System.Collections.Immutable;
using Pulumi.Experimental;
using Pulumi.Experimental.Provider;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Provider;

/// <summary>
/// The provider's lifecycle on plain property dictionaries, so tests can call it without building engine requests.
/// Every decision is Core's <see cref="XtapResourceLogic"/>; this class converts values and talks to the tenant port.
/// </summary>
public sealed class XtapOperations(Func<CancellationToken, Task<ITenant>> tenant)
{
    public static CheckResponse Check(string type, ImmutableDictionary<string, PropertyValue> newInputs)
    {
        var result = XtapResourceLogic.Check(type, PropertyBags.ToBag(newInputs));
        return new CheckResponse
        {
            Inputs = newInputs,
            Failures = result.Failures.Select(f => new CheckFailure(f.Property, f.Diagnostic.ToString())).ToList(),
        };
    }

    public static DiffResponse Diff(string type, ImmutableDictionary<string, PropertyValue> oldOutputs, ImmutableDictionary<string, PropertyValue> newInputs)
    {
        var diff = XtapResourceLogic.Diff(type, PropertyBags.ToBag(oldOutputs), PropertyBags.ToBag(newInputs));
        return new DiffResponse
        {
            Changes = diff.HasChanges,
            Diffs = diff.ChangedProperties.ToList(),
            Replaces = diff.Replaces.ToList(),
            DetailedDiff = diff.ChangedProperties.ToDictionary(
                p => p,
                p => new PropertyDiff { Kind = diff.Replaces.Contains(p) ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update, InputDiff = false }),
        };
    }

    public async Task<CreateResponse> CreateAsync(string type, ImmutableDictionary<string, PropertyValue> inputs, bool preview, CancellationToken ct)
    {
        var checkedInputs = Checked(type, inputs);
        if (!preview && (checkedInputs.IsPartner || XtapResourceLogic.CreateWrites(checkedInputs, await SnapshotAsync(ct))))
        {
            await ApplyAsync(XtapResourceLogic.CreateAction(checkedInputs), ct);
        }

        return new CreateResponse { Id = checkedInputs.Id, Outputs = inputs };
    }

    public async Task<UpdateResponse> UpdateAsync(string type, ImmutableDictionary<string, PropertyValue> newInputs, bool preview, CancellationToken ct)
    {
        var checkedInputs = Checked(type, newInputs);
        if (!preview)
        {
            await ApplyAsync(XtapResourceLogic.UpdateAction(checkedInputs), ct);
        }

        return new UpdateResponse { Outputs = newInputs };
    }

    public Task DeleteAsync(string type, string id, CancellationToken ct) =>
        ApplyAsync(XtapResourceLogic.DeleteAction(type, id), ct);

    /// <summary>Reads what the resource declares; an import has no inputs, so a partner is then known by its id alone.</summary>
    public async Task<ReadResponse> ReadAsync(string type, string id, ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        if (type == XtapTokens.PartnerSettings && !inputs.ContainsKey(XtapPropertyNames.TenantId))
        {
            inputs = inputs.SetItem(XtapPropertyNames.TenantId, new PropertyValue(id));
        }

        var declared = Checked(type, inputs);
        var outputs = XtapResourceLogic.ReadOutputs(declared, await SnapshotAsync(ct));
        return outputs is null
            ? new ReadResponse()
            : new ReadResponse { Id = id, Inputs = inputs, Outputs = PropertyBags.ToProperties(outputs) };
    }

    /// <summary>The cross-tenant settings as the tenant holds them; no guest or policy is read.</summary>
    private async Task<LiveSnapshot> SnapshotAsync(CancellationToken ct) =>
        await (await tenant(ct)).ReadAsync(new SnapshotRequest([], ReadScope.Declared, UnmanagedGuestSample: 0), ct);

    private static XtapInputs Checked(string type, ImmutableDictionary<string, PropertyValue> inputs)
    {
        var result = XtapResourceLogic.Check(type, PropertyBags.ToBag(inputs));
        return result.IsValid
            ? result.Inputs!
            : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Failures.Select(f => f.Diagnostic.ToString())));
    }

    private async Task ApplyAsync(PlannedAction action, CancellationToken ct)
    {
        var outcome = await (await tenant(ct)).ApplyAsync(action, ct);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException(outcome.Failure?.ToString() ?? $"{action.Kind} of {action.ResourceType} '{action.Key}' failed");
        }
    }
}
