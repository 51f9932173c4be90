using static Reconciler.Testing.Properties.Layer;
using static Reconciler.Testing.Properties.Rows;

namespace Reconciler.Testing.Properties;

/// <summary>The cross-tenant access default and partner configurations and the complex types they hold, as read from each layer's code.</summary>
internal static class CrossTenantProperties
{
    private const string NotCarriedByProvider = "the cross-tenant provider has no input for it; the Pulumi program refuses it before registering anything";
    private const string OutsideB2B =
        "a newer setting outside B2B guest access (app service connect, Microsoft 365 collaboration): the local tenant stores it once set; export and drift do not see it";

    private static PropertyRow[] Blocks(bool onDefault) =>
    [
        Modelled("inboundTrust"),
        Modelled("b2bCollaborationInbound"),
        Modelled("b2bCollaborationOutbound"),
        Modelled("b2bDirectConnectInbound"),
        Modelled("b2bDirectConnectOutbound"),
        onDefault
            ? Modelled("automaticUserConsentSettings", null,
                NotApplicable(Export, "always false and read-only on the default (v1.0 resource page), so there is nothing to declare; the local tenant refuses true"))
            : Modelled("automaticUserConsentSettings"),
        Modelled("tenantRestrictions", null, No(PulumiMapping, NotCarriedByProvider)),
        NotSupported("appServiceConnectInbound", OutsideB2B),
        NotSupported("m365CollaborationInbound", OutsideB2B),
        NotSupported("m365CollaborationOutbound", OutsideB2B),
        NotSupported("m365Capabilities", OutsideB2B),
    ];

    public static IReadOnlyList<PropertySection> Sections { get; } =
    [
        new("CrossTenantAccessPolicyConfigurationDefault", "crossTenantAccessPolicyConfigurationDefault",
        [
            ServerOwned("id", "the singleton's id, set by the service"),
            ServerOwned("isServiceDefault", "true while the default holds Microsoft's values; read so that such a default is left out of an export"),
            .. Blocks(onDefault: true),
            Modelled("invitationRedemptionIdentityProviderConfiguration", null, No(PulumiMapping, NotCarriedByProvider)),
        ]),
        new("CrossTenantAccessPolicyConfigurationPartner", "crossTenantAccessPolicyConfigurationPartner",
        [
            Modelled("tenantId", "\"5b6a7c8d-0000-4000-8000-00000000beef\"", Partly(Normaliser, "the identity: a partner is found by it, ignoring case, not compared")),
            Modelled("isServiceProvider", "true"),
            .. Blocks(onDefault: false),
            NotSupported("isInMultiTenantOrganization",
                "read-only in Graph, set by multitenant-organization membership; the local tenant stores what a seed or a POST gives"),
            NotSupported("identitySynchronization", "a relationship with its own endpoint (cross-tenant synchronization), which the local tenant does not emulate"),
            NotSupported("serviceProviderConstraints", "set by a service provider (GDAP) relationship, not by the partner's owner"),
        ], Note: "A block that is null inherits the default; a partner's blocks are exported as they are, nulls left out."),
        new("CrossTenantAccessPolicyInboundTrust", "crossTenantAccessPolicyInboundTrust",
        [
            Modelled("isMfaAccepted", "true"),
            Modelled("isCompliantDeviceAccepted", "true"),
            Modelled("isHybridAzureADJoinedDeviceAccepted", "true"),
        ]),
        new("CrossTenantAccessPolicyB2BSetting", "crossTenantAccessPolicyB2BSetting",
        [
            Modelled("usersAndGroups"),
            Modelled("applications"),
        ]),
        new("CrossTenantAccessPolicyTenantRestrictions", "crossTenantAccessPolicyTenantRestrictions",
        [
            Modelled("usersAndGroups", null, NotApplicable(PulumiMapping, "the block is not carried")),
            Modelled("applications", null, NotApplicable(PulumiMapping, "the block is not carried")),
            Modelled("devices", null, NotApplicable(PulumiMapping, "the block is not carried")),
        ], Note: "Microsoft documents devices as stored and returned but not yet enforced by the service."),
        new("CrossTenantAccessPolicyTargetConfiguration", "crossTenantAccessPolicyTargetConfiguration",
        [
            Modelled("accessType", "\"blocked\""),
            Modelled("targets", $$"""[{"target":"{{Samples.GroupId}}","targetType":"group"}]"""),
        ]),
        new("CrossTenantAccessPolicyTarget", "crossTenantAccessPolicyTarget",
        [
            Modelled("target"),
            Modelled("targetType"),
        ], Note: "Round-tripped whole, as the items of targets."),
        new("DevicesFilter", "devicesFilter",
        [
            Modelled("mode", "\"blocked\"", NotApplicable(PulumiMapping, "the block is not carried")),
            Modelled("rule", Samples.Rule, NotApplicable(PulumiMapping, "the block is not carried")),
        ]),
        new("InboundOutboundPolicyConfiguration", "inboundOutboundPolicyConfiguration",
        [
            Modelled("inboundAllowed", "true"),
            Modelled("outboundAllowed", "true"),
        ]),
        new("DefaultInvitationRedemptionIdentityProviderConfiguration", "defaultInvitationRedemptionIdentityProviderConfiguration",
        [
            Modelled("primaryIdentityProviderPrecedenceOrder", """["socialIdentityProviders","azureActiveDirectory","externalFederation"]""",
                Partly(Normaliser, "the one list compared in order, because Graph offers the providers in this order"),
                NotApplicable(PulumiMapping, "the block is not carried")),
            Modelled("fallbackIdentityProvider", "\"microsoftAccount\"", NotApplicable(PulumiMapping, "the block is not carried")),
        ]),
    ];
}
