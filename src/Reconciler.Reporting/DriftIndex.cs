using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>The drift behind each planned action, found by type and key (ignoring case) without searching every row.</summary>
internal sealed class DriftIndex
{
    private readonly Dictionary<(ResourceType, string), ObjectDrift> _byKey = new(ObjectKey.Comparer);

    public DriftIndex(Drift drift)
    {
        foreach (var found in drift.Objects)
        {
            _byKey.TryAdd((found.ResourceType, found.Key), found);
        }
    }

    public ObjectDrift? Of(PlannedAction action) => _byKey.GetValueOrDefault((action.ResourceType, action.Key));
}
