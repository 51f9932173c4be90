using Reconciler.Model.CrossTenant;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>How cross-tenant settings read after apply patches them: block by block, each one sent replacing the one held.</summary>
internal static class CrossTenantBlocks
{
    /// <summary>
    /// Each block <paramref name="sent"/> holds replaces the held one whole (apply sends declared blocks whole, see
    /// <see cref="UpdatePartner"/>); each block named in <paramref name="cleared"/> (Graph's name) becomes null, so a
    /// partner inherits the default again. Blocks neither sent nor cleared are kept.
    /// </summary>
    public static CrossTenantSettings Patched(CrossTenantSettings held, CrossTenantSettings sent, IReadOnlyList<string>? cleared = null)
    {
        var after = held with
        {
            InboundTrust = sent.InboundTrust ?? held.InboundTrust,
            B2bCollaborationInbound = sent.B2bCollaborationInbound ?? held.B2bCollaborationInbound,
            B2bCollaborationOutbound = sent.B2bCollaborationOutbound ?? held.B2bCollaborationOutbound,
            B2bDirectConnectInbound = sent.B2bDirectConnectInbound ?? held.B2bDirectConnectInbound,
            B2bDirectConnectOutbound = sent.B2bDirectConnectOutbound ?? held.B2bDirectConnectOutbound,
            AutomaticUserConsentSettings = sent.AutomaticUserConsentSettings ?? held.AutomaticUserConsentSettings,
            IsServiceProvider = sent.IsServiceProvider ?? held.IsServiceProvider,
        };
        return (cleared ?? []).Aggregate(after, Cleared);
    }

    private static CrossTenantSettings Cleared(CrossTenantSettings settings, string block) => block switch
    {
        "inboundTrust" => settings with { InboundTrust = null },
        "b2bCollaborationInbound" => settings with { B2bCollaborationInbound = null },
        "b2bCollaborationOutbound" => settings with { B2bCollaborationOutbound = null },
        "b2bDirectConnectInbound" => settings with { B2bDirectConnectInbound = null },
        "b2bDirectConnectOutbound" => settings with { B2bDirectConnectOutbound = null },
        "automaticUserConsentSettings" => settings with { AutomaticUserConsentSettings = null },
        "isServiceProvider" => settings with { IsServiceProvider = null },
        _ => throw new NotSupportedException($"No cross-tenant block named '{block}'."),
    };
}
