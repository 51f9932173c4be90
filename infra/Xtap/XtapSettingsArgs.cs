using Pulumi;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>
/// Inputs of <c>xtap:index:DefaultSettings</c> and <c>xtap:index:PartnerSettings</c>. The blocks keep Graph's JSON shape
/// (a map per block), written by Core's <see cref="CrossTenantPropertyBag"/> and checked again by the provider.
/// </summary>
public sealed class XtapSettingsArgs : ResourceArgs
{
    [Input("tenantId")]
    public Input<string>? TenantId { get; set; }

    [Input("inboundTrust")]
    public InputMap<object>? InboundTrust { get; set; }

    [Input("b2bCollaborationInbound")]
    public InputMap<object>? B2bCollaborationInbound { get; set; }

    [Input("b2bCollaborationOutbound")]
    public InputMap<object>? B2bCollaborationOutbound { get; set; }

    [Input("b2bDirectConnectInbound")]
    public InputMap<object>? B2bDirectConnectInbound { get; set; }

    [Input("b2bDirectConnectOutbound")]
    public InputMap<object>? B2bDirectConnectOutbound { get; set; }

    [Input("automaticUserConsentSettings")]
    public InputMap<object>? AutomaticUserConsentSettings { get; set; }

    [Input("isServiceProvider")]
    public Input<bool>? IsServiceProvider { get; set; }

    public static XtapSettingsArgs From(IReadOnlyDictionary<string, object?> bag)
    {
        var args = new XtapSettingsArgs
        {
            InboundTrust = Block(bag, XtapPropertyNames.InboundTrust),
            B2bCollaborationInbound = Block(bag, XtapPropertyNames.B2bCollaborationInbound),
            B2bCollaborationOutbound = Block(bag, XtapPropertyNames.B2bCollaborationOutbound),
            B2bDirectConnectInbound = Block(bag, XtapPropertyNames.B2bDirectConnectInbound),
            B2bDirectConnectOutbound = Block(bag, XtapPropertyNames.B2bDirectConnectOutbound),
            AutomaticUserConsentSettings = Block(bag, XtapPropertyNames.AutomaticUserConsentSettings),
        };

        if (bag.GetValueOrDefault(XtapPropertyNames.TenantId) is string tenantId)
        {
            args.TenantId = tenantId;
        }

        if (bag.GetValueOrDefault(XtapPropertyNames.IsServiceProvider) is bool isServiceProvider)
        {
            args.IsServiceProvider = isServiceProvider;
        }

        return args;
    }

    private static InputMap<object>? Block(IReadOnlyDictionary<string, object?> bag, string key)
    {
        if (bag.GetValueOrDefault(key) is not IReadOnlyDictionary<string, object?> block)
        {
            return null;
        }

        var map = new InputMap<object>();
        foreach (var (name, value) in block)
        {
            map.Add(name, value!);
        }

        return map;
    }
}
