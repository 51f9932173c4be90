using Pulumi.AzureAD.Inputs;
using static Reconciler.Infra.Stack.InputLists;
using Reconciler.PulumiMapping.ConditionalAccess;

namespace Reconciler.Infra.Stack;

internal static class UsersArgsTranslator
{
    public static ConditionalAccessPolicyConditionsUsersArgs Translate(UsersModel model, UserReferenceInputs users)
    {
        var args = new ConditionalAccessPolicyConditionsUsersArgs
        {
            IncludedGroups = Of(model.IncludedGroups),
            ExcludedGroups = Of(model.ExcludedGroups),
            IncludedRoles = Of(model.IncludedRoles),
            ExcludedRoles = Of(model.ExcludedRoles),
        };

        if (model.IncludedUsers.Count > 0)
        {
            args.IncludedUsers = Of(model.IncludedUsers.Select(users.Resolve));
        }

        if (model.ExcludedUsers.Count > 0)
        {
            args.ExcludedUsers = Of(model.ExcludedUsers.Select(users.Resolve));
        }

        foreach (var guests in model.IncludedGuestsOrExternalUsers)
        {
            args.IncludedGuestsOrExternalUsers.Add(Included(guests));
        }

        foreach (var guests in model.ExcludedGuestsOrExternalUsers)
        {
            args.ExcludedGuestsOrExternalUsers.Add(Excluded(guests));
        }

        return args;
    }

    // azuread generates twin classes for the include and exclude sides; the two methods differ only in those types.
    private static ConditionalAccessPolicyConditionsUsersIncludedGuestsOrExternalUserArgs Included(GuestsOrExternalUsersModel model)
    {
        var args = new ConditionalAccessPolicyConditionsUsersIncludedGuestsOrExternalUserArgs { GuestOrExternalUserTypes = Of(model.GuestOrExternalUserTypes) };
        foreach (var tenants in model.ExternalTenants)
        {
            args.ExternalTenants.Add(new ConditionalAccessPolicyConditionsUsersIncludedGuestsOrExternalUserExternalTenantArgs
            {
                MembershipKind = tenants.MembershipKind,
                Members = Of(tenants.Members),
            });
        }

        return args;
    }

    private static ConditionalAccessPolicyConditionsUsersExcludedGuestsOrExternalUserArgs Excluded(GuestsOrExternalUsersModel model)
    {
        var args = new ConditionalAccessPolicyConditionsUsersExcludedGuestsOrExternalUserArgs { GuestOrExternalUserTypes = Of(model.GuestOrExternalUserTypes) };
        foreach (var tenants in model.ExternalTenants)
        {
            args.ExternalTenants.Add(new ConditionalAccessPolicyConditionsUsersExcludedGuestsOrExternalUserExternalTenantArgs
            {
                MembershipKind = tenants.MembershipKind,
                Members = Of(tenants.Members),
            });
        }

        return args;
    }
}
