using Pulumi;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>The tenant's cross-tenant access default, served by the project's own provider (see infra/provider).</summary>
public sealed class DefaultSettings : XtapSettingsResource
{
    public DefaultSettings(string name, XtapSettingsArgs args, CustomResourceOptions? options = null)
        : base(XtapTokens.DefaultSettings, name, args, options)
    {
    }
}
