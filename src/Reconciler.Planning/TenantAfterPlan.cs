using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// The tenant as apply leaves it: the plan's actions applied to the snapshot they were planned from, each the way
/// Graph applies the request apply sends for it. Pure, and the only place "after the plan" is worked out: the safety
/// gates judge it, the sign-in impact compares it with the live tenant, and a test applies plans to the local tenant
/// and reads back exactly this, so no report can describe a tenant that apply does not write.
/// </summary>
/// <remarks>
/// What only Graph knows is not guessed: a created policy has <see cref="NewPolicyId"/> for an id, and an invited
/// guest is known by its email (<see cref="NewGuestId"/>), which is also what the policies naming it hold until apply
/// binds the new id (<see cref="PendingReferences"/>). An invited guest reads as declared, because apply finishes in a
/// follow-up round what an invitation cannot set (a guest invited disabled is created enabled, then disabled).
/// </remarks>
public static class TenantAfterPlan
{
    /// <remarks>
    /// Guest actions go to one mutable list, taken back into the snapshot at the end: copying the user list for each
    /// invitation made a plan of many guests cost the square of their number.
    /// </remarks>
    public static LiveSnapshot Project(LiveSnapshot live, IEnumerable<PlannedAction> actions)
    {
        var users = new ProjectedUsers(live);
        var projected = live;
        foreach (var action in actions)
        {
            if (!users.Apply(action))
            {
                projected = Apply(projected, action);
            }
        }

        return users.Into(projected);
    }

    /// <summary>The id a policy the plan creates has in the projection; Graph gives it its real one.</summary>
    public static string NewPolicyId(CreatePolicy create) => $"new:{create.Body.DisplayName}";

    /// <summary>The id a guest the plan invites has in the projection: its email, as the policies naming it hold it.</summary>
    public static string NewGuestId(InviteGuest invite) => invite.Guest.Email;

    /// <summary>The policies the plan writes (creates or patches), as they read in <paramref name="projected"/>.</summary>
    public static IReadOnlyList<LivePolicy> WrittenPolicies(LiveSnapshot projected, IEnumerable<PlannedAction> actions)
    {
        var ids = actions.Select(a => a switch
        {
            CreatePolicy create => NewPolicyId(create),
            UpdatePolicy update => update.PolicyId,
            _ => null,
        }).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return projected.ConditionalAccessPolicies.Where(p => ids.Contains(p.Id)).ToList();
    }

    private static LiveSnapshot Apply(LiveSnapshot live, PlannedAction action) => action switch
    {
        CreatePolicy create => live with { ConditionalAccessPolicies = [.. live.ConditionalAccessPolicies, new LivePolicy { Id = NewPolicyId(create), Body = create.Body }] },
        UpdatePolicy update => live with { ConditionalAccessPolicies = Replace(live.ConditionalAccessPolicies, p => SameId(p.Id, update.PolicyId), p => p with { Body = Patched(p.Body, update.Patch) }) },
        DeletePolicy delete => live with { ConditionalAccessPolicies = live.ConditionalAccessPolicies.Where(p => !SameId(p.Id, delete.PolicyId)).ToList() },
        UpdateCrossTenantDefault update => live with { CrossTenantDefault = new() { IsServiceDefault = false, Settings = CrossTenantBlocks.Patched(live.CrossTenantDefault.Settings, update.Blocks) } },
        ResetCrossTenantDefault => live with { CrossTenantDefault = new() { IsServiceDefault = true, Settings = CrossTenantServiceDefault.Settings } },
        CreatePartner create => live with { Partners = [.. live.Partners, new LivePartner { TenantId = create.TenantId, Settings = create.Settings }] },
        UpdatePartner update => live with { Partners = Replace(live.Partners, p => SameId(p.TenantId, update.TenantId), p => p with { Settings = CrossTenantBlocks.Patched(p.Settings, update.Blocks, update.Cleared) }) },
        DeletePartner delete => live with { Partners = live.Partners.Where(p => !SameId(p.TenantId, delete.TenantId)).ToList() },
        _ => throw new NotSupportedException($"No projection for {action.GetType().Name}."),
    };

    /// <summary>A policy PATCH: each top-level property the patch sends replaces the one held, whole; a cleared block becomes null.</summary>
    private static ConditionalAccessPolicyBody Patched(ConditionalAccessPolicyBody body, PolicyPatch patch) => body with
    {
        DisplayName = patch.DisplayName ?? body.DisplayName,
        State = patch.State ?? body.State,
        Conditions = patch.Conditions ?? body.Conditions,
        GrantControls = patch.ClearsGrantControls ? null : patch.GrantControls ?? body.GrantControls,
        SessionControls = patch.ClearsSessionControls ? null : patch.SessionControls ?? body.SessionControls,
    };

    private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static List<T> Replace<T>(IEnumerable<T> items, Func<T, bool> match, Func<T, T> change) =>
        items.Select(item => match(item) ? change(item) : item).ToList();
}
