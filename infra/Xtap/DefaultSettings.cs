using System.Collections.Immutable;
using Pulumi;
using Reconciler.Core.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>The tenant's cross-tenant access default, served by the project's own provider (see infra/provider).</summary>
public sealed class DefaultSettings : CustomResource
{
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

    public DefaultSettings(string name, XtapSettingsArgs args, CustomResourceOptions? options = null)
        : base(XtapTokens.DefaultSettings, name, args, options)
    {
    }
}
