using System.Collections.Immutable;
using Pulumi;

namespace Reconciler.Infra.Xtap;

/// <summary>The blocks the default and a partner share, each an output in Graph's JSON shape.</summary>
public abstract class XtapSettingsResource : CustomResource
{
    [Output("inboundTrust")]
    public Output<ImmutableDictionary<string, object>?> InboundTrust { get; protected set; } = null!;

    [Output("b2bCollaborationInbound")]
    public Output<ImmutableDictionary<string, object>?> B2bCollaborationInbound { get; protected set; } = null!;

    [Output("b2bCollaborationOutbound")]
    public Output<ImmutableDictionary<string, object>?> B2bCollaborationOutbound { get; protected set; } = null!;

    [Output("b2bDirectConnectInbound")]
    public Output<ImmutableDictionary<string, object>?> B2bDirectConnectInbound { get; protected set; } = null!;

    [Output("b2bDirectConnectOutbound")]
    public Output<ImmutableDictionary<string, object>?> B2bDirectConnectOutbound { get; protected set; } = null!;

    [Output("automaticUserConsentSettings")]
    public Output<ImmutableDictionary<string, object>?> AutomaticUserConsentSettings { get; protected set; } = null!;

    protected XtapSettingsResource(string token, string name, XtapSettingsArgs args, CustomResourceOptions? options)
        : base(token, name, args, options)
    {
    }
}
