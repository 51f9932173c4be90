using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// A policy written in the same run as the invitation of a guest it names still holds that guest's email. The
/// applier calls <see cref="Bind"/> with the ids the invitations returned before it sends the policy.
/// </summary>
public static class PendingReferences
{
    public static PlannedAction Bind(PlannedAction action, IReadOnlyDictionary<string, string> userIdsByEmail)
    {
        var ids = new Dictionary<string, string>(userIdsByEmail, StringComparer.OrdinalIgnoreCase);
        return action switch
        {
            CreatePolicy create => create with { Body = create.Body with { Conditions = Bind(create.Body.Conditions, ids) } },
            UpdatePolicy { Patch.Conditions: not null } update => update with { Patch = update.Patch with { Conditions = Bind(update.Patch.Conditions, ids) } },
            _ => action,
        };
    }

    /// <summary>The user references a policy action carries: ids, and the emails of guests invited in the same run.</summary>
    public static IEnumerable<string> In(PlannedAction action)
    {
        var users = action switch
        {
            CreatePolicy create => create.Body.Conditions?.Users,
            UpdatePolicy update => update.Patch.Conditions?.Users,
            _ => null,
        };
        return users is null ? [] : (users.IncludeUsers ?? []).Concat(users.ExcludeUsers ?? []);
    }

    private static ConditionalAccessConditions? Bind(ConditionalAccessConditions? conditions, IReadOnlyDictionary<string, string> ids)
    {
        if (conditions?.Users is not { } users)
        {
            return conditions;
        }

        return conditions with
        {
            Users = users with { IncludeUsers = Bind(users.IncludeUsers, ids), ExcludeUsers = Bind(users.ExcludeUsers, ids) },
        };
    }

    private static IReadOnlyList<string>? Bind(IReadOnlyList<string>? references, IReadOnlyDictionary<string, string> ids) =>
        references?.Select(r => ids.TryGetValue(r, out var id) ? id : r).ToList();
}
