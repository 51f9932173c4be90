using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Graph.Permissions;

/// <summary>Which write permissions a set of planned actions needs, and which of them a token's roles lack.</summary>
public static class RequiredPermissions
{
    public static IReadOnlyList<string> Missing(IEnumerable<PlannedAction> actions, IReadOnlySet<string> roles) =>
        actions.SelectMany(For)
            .Distinct()
            .Where(operation => !operation.IsSatisfiedBy(roles))
            .Select(operation => operation.Permission)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static GraphOperation WriteOperation(PlannedAction action) => action switch
    {
        InviteGuest => GraphOperation.InviteGuest,
        UpdateGuest => GraphOperation.UpdateGuest,
        DeleteGuest => GraphOperation.DeleteGuest,
        RestoreGuest => GraphOperation.RestoreGuest,
        CreatePolicy or UpdatePolicy or DeletePolicy => GraphOperation.WritePolicy,
        _ => GraphOperation.WriteCrossTenant,
    };

    private static IEnumerable<GraphOperation> For(PlannedAction action)
    {
        var operation = WriteOperation(action);
        yield return operation;
        if (operation == GraphOperation.WritePolicy)
        {
            yield return GraphOperation.ReadPoliciesForWrite;
            yield return GraphOperation.ReadApplicationsForWrite;
        }
    }
}
