using Pulumi;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>A partner's cross-tenant access configuration, keyed by its tenant id (the resource id).</summary>
public sealed class PartnerSettings : XtapSettingsResource
{
    [Output("tenantId")]
    public Output<string> TenantId { get; private set; } = null!;

    [Output("isServiceProvider")]
    public Output<bool?> IsServiceProvider { get; private set; } = null!;

    public PartnerSettings(string name, XtapSettingsArgs args, CustomResourceOptions? options = null)
        : base(XtapTokens.PartnerSettings, name, args, options)
    {
    }
}
