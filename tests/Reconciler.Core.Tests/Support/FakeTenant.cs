using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Core.Tests.Support;

/// <summary>
/// Applies planned actions to a snapshot in memory, the way Graph would answer them (service-filled lists, new ids,
/// invitations pending), so a test can plan again and expect nothing to do. Test-only: not a tenant the product uses.
/// </summary>
internal static class FakeTenant
{
    public static LiveSnapshot Apply(LiveSnapshot live, IEnumerable<PlannedAction> actions)
    {
        var invited = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var action in actions)
        {
            live = Apply(live, PendingReferences.Bind(action, invited), invited);
        }

        return live;
    }

    private static LiveSnapshot Apply(LiveSnapshot live, PlannedAction action, Dictionary<string, string> invited) => action switch
    {
        InviteGuest invite => Invite(live, invite, invited),
        UpdateGuest update => live with { Users = Replace(live.Users, u => u.Id == update.UserId, u => u with { DisplayName = update.DisplayName ?? u.DisplayName, AccountEnabled = update.AccountEnabled ?? u.AccountEnabled, UserType = update.UserType ?? u.UserType }) },
        DeleteGuest delete => live with { Users = live.Users.Where(u => u.Id != delete.UserId).ToList(), GuestCount = live.GuestCount - 1 },
        RestoreGuest restore => live with
        {
            Users = [.. live.Users, .. live.DeletedUsers.Where(u => u.Id == restore.UserId).Select(u => u with { DeletedDateTime = null })],
            DeletedUsers = live.DeletedUsers.Where(u => u.Id != restore.UserId).ToList(),
            GuestCount = live.GuestCount + 1,
        },
        CreatePolicy create => live with { ConditionalAccessPolicies = [.. live.ConditionalAccessPolicies, Some.LivePolicy(create.Body, NewId('c', live.ConditionalAccessPolicies.Count))] },
        UpdatePolicy update => live with { ConditionalAccessPolicies = Replace(live.ConditionalAccessPolicies, p => p.Id == update.PolicyId, p => p with { Body = ServiceDefaults.Fill(PolicyPatchApplier.Apply(p.Body, update.Patch)) }) },
        DeletePolicy delete => live with { ConditionalAccessPolicies = live.ConditionalAccessPolicies.Where(p => p.Id != delete.PolicyId).ToList() },
        UpdateCrossTenantDefault update => live with { CrossTenantDefault = new() { IsServiceDefault = false, Settings = Merge(live.CrossTenantDefault.Settings, update.Blocks) } },
        ResetCrossTenantDefault => live with { CrossTenantDefault = new() { IsServiceDefault = true, Settings = ServiceDefaults.CrossTenant } },
        CreatePartner create => live with { Partners = [.. live.Partners, new LivePartner { TenantId = create.TenantId, Settings = create.Settings }] },
        UpdatePartner update => live with { Partners = Replace(live.Partners, p => p.TenantId == update.TenantId, p => p with { Settings = Merge(p.Settings, update.Blocks, update.Cleared) }) },
        DeletePartner delete => live with { Partners = live.Partners.Where(p => p.TenantId != delete.TenantId).ToList() },
        _ => throw new NotSupportedException(action.GetType().Name),
    };

    private static LiveSnapshot Invite(LiveSnapshot live, InviteGuest invite, Dictionary<string, string> invited)
    {
        var user = Some.LiveGuest(invite.Guest.Email, NewId('f', live.Users.Count), invite.Guest.DisplayName, "PendingAcceptance")
            with
        { AccountEnabled = invite.Guest.AccountEnabled ?? true };
        invited[invite.Guest.Email] = user.Id;
        return live with { Users = [.. live.Users, user], GuestCount = live.GuestCount + 1 };
    }

    /// <summary>A PATCH of whole blocks: each block sent replaces the one held, and each cleared block becomes null.</summary>
    private static CrossTenantSettings Merge(CrossTenantSettings held, CrossTenantSettings sent, IReadOnlyList<string>? cleared = null)
    {
        var tree = GraphJson.ToTree(held)!;
        foreach (var (name, block) in GraphJson.ToTree(sent)!)
        {
            tree[name] = block?.DeepClone();
        }
        foreach (var name in cleared ?? [])
        {
            tree.Remove(name);
        }
        return GraphJson.FromTree<CrossTenantSettings>(tree)!;
    }

    private static List<T> Replace<T>(IEnumerable<T> items, Func<T, bool> match, Func<T, T> change) =>
        items.Select(item => match(item) ? change(item) : item).ToList();

    private static string NewId(char prefix, int n) => $"{prefix}{n:D7}-0000-0000-0000-{n:D12}";
}
