using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Values Graph fills in on a policy when the writer leaves them out, written down so that both sides are compared
/// in the same shape. Each is one that cannot change what the policy does.
/// </summary>
public static class ServiceFilledPolicyValues
{
    /// <summary>Guest or external user types without <c>externalTenants</c> mean those users from every tenant.</summary>
    private static readonly ConditionalAccessExternalTenants AllTenants = new() { MembershipKind = "all" };

    public static ConditionalAccessPolicyBody Fill(ConditionalAccessPolicyBody body)
    {
        if (body.Conditions?.Users is not { } users)
        {
            return body;
        }

        var filled = users with
        {
            IncludeGuestsOrExternalUsers = WithTenants(users.IncludeGuestsOrExternalUsers),
            ExcludeGuestsOrExternalUsers = WithTenants(users.ExcludeGuestsOrExternalUsers),
        };
        return body with { Conditions = body.Conditions with { Users = filled } };
    }

    private static ConditionalAccessGuestsOrExternalUsers? WithTenants(ConditionalAccessGuestsOrExternalUsers? guests) =>
        guests is { ExternalTenants: null } ? guests with { ExternalTenants = AllTenants } : guests;
}
