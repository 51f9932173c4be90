using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>Collects what the resource planners find while one plan is being built.</summary>
internal sealed class PlanBuilder
{
    public List<ObjectDrift> Drift { get; } = [];

    public List<PlannedAction> Actions { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<GuestInvitation> Guests { get; } = [];

    /// <summary>Live objects a declaration claimed, so they are not reported as unmanaged.</summary>
    public HashSet<string> ClaimedUserIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> ClaimedPolicyIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Found(ResourceType type, string key, DriftStatus status, PlannedAction? action, IReadOnlyList<PropertyDifference>? properties = null)
    {
        Drift.Add(new ObjectDrift(type, key, status, properties ?? []));
        if (action is not null)
        {
            Actions.Add(action);
        }
    }
}
