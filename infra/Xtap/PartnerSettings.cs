using System.Collections.Immutable;
using Pulumi;
using Reconciler.Core.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>A partner's cross-tenant access configuration, keyed by its tenant id (the resource id).</summary>
public sealed class PartnerSettings : CustomResource
{
    [Output("tenantId")]
    public Output<string> TenantId { get; private set; } = null!;

    [Output("inboundTrust")]
    public Output<ImmutableDictionary<string, object>?> InboundTrust { get; private set; } = null!;

    [Output("b2bCollaborationInbound")]
    public Output<ImmutableDictionary<string, object>?> B2bCollaborationInbound { get; private set; } = null!;

    [Output("b2bCollaborationOutbound")]
    public Output<ImmutableDictionary<string, object>?> B2bCollaborationOutbound { get; private set; } = null!;

    [Output("b2bDirectConnectInbound")]
    public Output<ImmutableDictionary<string, object>?> B2bDirectConnectInbound { get; private set; } = null!;

    [Output("b2bDirectConnectOutbound")]
    public Output<ImmutableDictionary<string, object>?> B2bDirectConnectOutbound { get; private set; } = null!;

    [Output("automaticUserConsentSettings")]
    public Output<ImmutableDictionary<string, object>?> AutomaticUserConsentSettings { get; private set; } = null!;

    [Output("isServiceProvider")]
    public Output<bool?> IsServiceProvider { get; private set; } = null!;

    public PartnerSettings(string name, XtapSettingsArgs args, CustomResourceOptions? options = null)
        : base(XtapTokens.PartnerSettings, name, args, options)
    {
    }
}
