using Reconciler.Model.Desired;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>Finds the live object a declared one stands for, by the identity rules of the stack.</summary>
internal sealed class LiveIndex(LiveSnapshot live)
{
    private readonly UserDirectory users = new(live.Users);
    private readonly UserDirectory deletedUsers = new(live.DeletedUsers);

    public LiveSnapshot Live => live;

    public UserDirectory Users => users;

    /// <summary>The guest with this email, or the invited user it became if someone turned it into a member.</summary>
    public LiveUser? Guest(string email)
    {
        var matches = users.FindByEmail(email);
        return matches.FirstOrDefault(u => u.IsGuest) ?? matches.FirstOrDefault(u => u.WasInvited);
    }

    public LiveUser? Member(string email) => users.FindByEmail(email).FirstOrDefault(u => !u.IsGuest);

    public LiveUser? DeletedUser(string email) => deletedUsers.FindByEmail(email).FirstOrDefault();

    /// <summary>The policy by pinned id, else every policy with that displayName (ignoring case): more than one is the caller's problem.</summary>
    public IReadOnlyList<LivePolicy> Policies(DesiredPolicy declared) =>
        declared.Id is { } id
            ? live.ConditionalAccessPolicies.Where(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)).ToList()
            : live.ConditionalAccessPolicies.Where(p => PolicyKey.Same(p.DisplayName, declared.DisplayName)).ToList();

    public LivePartner? Partner(string tenantId) =>
        live.Partners.FirstOrDefault(p => string.Equals(p.TenantId, tenantId, StringComparison.OrdinalIgnoreCase));
}
