using Reconciler.Loading;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Blocks the cross-tenant provider has no input for (tenant restrictions, the redemption order): declaring one under
/// engine: pulumi is an error, because pulumi up would silently leave it as the tenant has it.
/// </summary>
public static class UncarriedBlocks
{
    public static IEnumerable<Diagnostic> Check(DesiredCrossTenantAccess? declared)
    {
        if (declared?.Default is { } defaults)
        {
            foreach (var block in Declared(defaults))
            {
                yield return PulumiDiagnostics.NotExpressible("crossTenantAccess.default", block, Provider, declared.DefaultSource);
            }
        }

        foreach (var partner in declared?.Partners.Where(p => p.Ensure == Ensure.Present) ?? [])
        {
            foreach (var block in Declared(partner.Settings))
            {
                yield return PulumiDiagnostics.NotExpressible($"crossTenantAccess partner {partner.TenantId}", block, Provider, partner.Source);
            }
        }
    }

    private static IEnumerable<string> Declared(CrossTenantSettings settings)
    {
        if (settings.TenantRestrictions is not null)
        {
            yield return "tenantRestrictions";
        }

        if (settings.InvitationRedemptionIdentityProviderConfiguration is not null)
        {
            yield return "invitationRedemptionIdentityProviderConfiguration";
        }
    }

    private const string Provider = "the cross-tenant provider";
}
