using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.SavedPlans;

/// <summary>
/// Decides whether a saved plan may still be applied: the stack files are the ones it was made from, every object it
/// touches reads back exactly as it did, and planning again yields exactly the saved writes. Any difference is an
/// error, so apply writes nothing a reviewer did not see.
/// </summary>
public static class SavedPlanCheck
{
    /// <summary>Before reading the tenant: the plan belongs to this stack and tenant, and the stack files are unchanged.</summary>
    public static IReadOnlyList<Diagnostic> BeforeRead(SavedPlan saved, string stackName, string tenantId, string stackHash)
    {
        if (!string.Equals(saved.StackName, stackName, StringComparison.Ordinal) || !string.Equals(saved.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return [SavedPlanDiagnostics.OtherStack(saved.StackName, saved.TenantId, stackName, tenantId)];
        }

        return saved.StackHash == stackHash ? [] : [SavedPlanDiagnostics.StackChanged(saved.StackName)];
    }

    /// <summary>After reading and planning again: every touched object unchanged, and the same writes in the same order.</summary>
    public static IReadOnlyList<Diagnostic> AfterRead(SavedPlan saved, Plan fresh, LiveSnapshot live)
    {
        var changed = saved.Actions
            .Where(a => Fingerprints.OfTouched(Probe(a), live) != a.LiveFingerprint)
            .Select(a => SavedPlanDiagnostics.ObjectChanged(a.ResourceType, a.Key))
            .ToList();
        if (changed.Count > 0)
        {
            return changed;
        }

        var freshHashes = fresh.Actions.Select(Fingerprints.Hash).ToList();
        if (freshHashes.SequenceEqual(saved.Actions.Select(a => a.Hash)))
        {
            return [];
        }

        var savedHashes = saved.Actions.Select(a => a.Hash).ToHashSet();
        var added = fresh.Actions.Where(a => !savedHashes.Contains(Fingerprints.Hash(a))).Select(a => $"{Camel(a.Kind)} {Camel(a.ResourceType)} {a.Key}").ToList();
        return [SavedPlanDiagnostics.PlanChanged(saved.Actions.Count, fresh.Actions.Count, added)];
    }

    /// <summary>A stand-in carrying only what <see cref="Fingerprints.OfTouched"/> reads: the kind of object, its key and a targeted policy id.</summary>
    private static PlannedAction Probe(SavedAction saved) => saved.ResourceType == ResourceType.ConditionalAccessPolicy && SavedPolicyId(saved) is { } id
        ? new DeletePolicy(id, saved.Key)
        : new Probed(saved.ResourceType, saved.Kind, saved.Key);

    private static string? SavedPolicyId(SavedAction saved)
    {
        using var body = System.Text.Json.JsonDocument.Parse(saved.Body);
        return body.RootElement.TryGetProperty("policyId", out var id) ? id.GetString() : null;
    }

    private static string Camel(Enum value) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed record Probed(ResourceType ResourceType, ChangeKind Kind, string Key) : PlannedAction(ResourceType, Kind, Key);
}
