using Pulumi;
using Reconciler.Infra.Xtap;
using Reconciler.PulumiMapping;

namespace Reconciler.Infra.Stack;

internal static class CrossTenantDeclarations
{
    public static void Declare(PulumiStackModel model, string tenantId, string? graphUrl)
    {
        if (model.CrossTenantDefault is null && model.Partners.Count == 0)
        {
            return;
        }

        var providerArgs = new XtapProviderArgs { TenantId = tenantId };
        if (graphUrl is not null)
        {
            providerArgs.GraphUrl = graphUrl;
        }

        var provider = new XtapProviderResource("xtap", providerArgs);
        var options = new CustomResourceOptions { Provider = provider };
        if (model.CrossTenantDefault is { } @default)
        {
            _ = new DefaultSettings(@default.ResourceName, XtapSettingsArgs.From(@default.Inputs), ResourceOptions.Ignoring(@default.IgnoreChanges, options));
        }

        foreach (var partner in model.Partners)
        {
            _ = new PartnerSettings(partner.ResourceName, XtapSettingsArgs.From(partner.Inputs), ResourceOptions.Ignoring(partner.IgnoreChanges, options));
        }
    }
}
