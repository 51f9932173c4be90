using Reconciler.Loading;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;
using Reconciler.PulumiMapping.ConditionalAccess;
using Reconciler.PulumiMapping.CrossTenant;
using Reconciler.PulumiMapping.Invitations;

namespace Reconciler.PulumiMapping;

/// <summary>
/// Maps a validated desired state to the resources the Pulumi program declares. Objects marked <c>ensure: absent</c>
/// are simply not declared: Pulumi deletes what leaves the program.
/// </summary>
public static class PulumiStackMapper
{
    public static PulumiStackModel Map(DesiredState state)
    {
        var diagnostics = new List<Diagnostic>();
        var guests = state.Guests.Where(g => g.Ensure == Ensure.Present).ToList();
        var guestEmails = guests.Select(g => g.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);

        return new PulumiStackModel
        {
            Guests = guests.Select(g => new GuestResource(ResourceNames.Guest(g.Email), Collect(InvitationMapper.Map(g)), IgnoreChangesMapper.Map(ResourceType.Guest, g.IgnoreChanges))).ToList(),
            Policies = state.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present).Select(MapPolicy).ToList(),
            // Both engines manage a declared default and partner whole: the inputs carry the values an undeclared switch
            // or default block stands for, so pulumi up writes what reconciler apply writes.
            CrossTenantDefault = state.CrossTenantAccess?.Default is { } settings
                ? new XtapResource(ResourceNames.CrossTenantDefault, XtapTokens.DefaultSettings, CrossTenantPropertyBag.ToBag(WholeCrossTenantSettings.ForDefault(settings)),
                    IgnoreChangesMapper.Map(ResourceType.CrossTenantAccessDefault, state.CrossTenantAccess.DefaultIgnoreChanges))
                : null,
            Partners = (state.CrossTenantAccess?.Partners ?? [])
                .Where(p => p.Ensure == Ensure.Present)
                .Select(p => new XtapResource(ResourceNames.Partner(p.TenantId), XtapTokens.PartnerSettings, CrossTenantPropertyBag.ToBag(WholeCrossTenantSettings.ForPartner(p.Settings), p.TenantId),
                    IgnoreChangesMapper.Map(ResourceType.CrossTenantAccessPartner, p.IgnoreChanges)))
                .ToList(),
            RetainGuestsOnDelete = state.RetainGuestsOnDelete,
            Diagnostics = diagnostics,
        };

        PolicyResource MapPolicy(DesiredPolicy policy)
        {
            if (policy.Id is not null)
            {
                diagnostics.Add(PulumiDiagnostics.IgnoredByProvider($"policy '{policy.DisplayName}'", "a pinned id",
                    "because it does not adopt a policy in Pulumi; run pulumi import for it first", policy.Source));
            }

            return new PolicyResource(ResourceNames.Policy(policy.DisplayName), Collect(ConditionalAccessPolicyMapper.Map(policy, guestEmails)),
                IgnoreChangesMapper.Map(ResourceType.ConditionalAccessPolicy, policy.IgnoreChanges));
        }

        T Collect<T>(Mapped<T> mapped)
        {
            diagnostics.AddRange(mapped.Diagnostics);
            return mapped.Value;
        }
    }
}
