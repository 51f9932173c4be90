using Microsoft.Graph.Models;

namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>The properties of a policy, a partner and the cross-tenant default that the mappers read, as Graph sends them.</summary>
internal static class GraphShapes
{
    public const string AllTenants = "#microsoft.graph.conditionalAccessAllExternalTenants";
    public const string EnumeratedTenants = "#microsoft.graph.conditionalAccessEnumeratedExternalTenants";

    private static readonly Text Text = new();
    private static readonly Flag Flag = new();
    private static readonly Texts Texts = new();

    private static Choice One<T>() where T : struct, Enum => Choice.Of<T>(ChoiceKind.Single);

    private static Choice Many<T>() where T : struct, Enum => Choice.Of<T>(ChoiceKind.List);

    private static Choice Flags<T>() where T : struct, Enum => Choice.Of<T>(ChoiceKind.Flags);

    private static readonly Node Filter = new(new("mode", One<FilterMode>()), new("rule", Text));

    private static readonly Node Enabled = new(new Field("isEnabled", Flag));

    /// <summary>The enumerated kind first, so that members are read in the documents built from it.</summary>
    public static readonly Node ExternalTenants = new(
        new("@odata.type", new Literal(EnumeratedTenants, AllTenants, "#microsoft.graph.conditionalAccessExternalTenants")),
        new("membershipKind", One<ConditionalAccessExternalTenantsMembershipKind>()),
        new("members", Texts));

    private static readonly Node Guests = new(new("guestOrExternalUserTypes", Flags<ConditionalAccessGuestOrExternalUserTypes>()), new("externalTenants", ExternalTenants));

    public static readonly Node Policy = new(
        new("id", Text), new("templateId", Text), new("displayName", Text),
        new("createdDateTime", new Moment()), new("modifiedDateTime", new Moment()),
        new("state", One<ConditionalAccessPolicyState>()),
        new("conditions", new Node(
            new("applications", new Node(new("includeApplications", Texts), new("excludeApplications", Texts), new("includeUserActions", Texts),
                new("includeAuthenticationContextClassReferences", Texts), new("applicationFilter", Filter))),
            new("users", new Node(new("includeUsers", Texts), new("excludeUsers", Texts), new("includeGroups", Texts), new("excludeGroups", Texts),
                new("includeRoles", Texts), new("excludeRoles", Texts), new("includeGuestsOrExternalUsers", Guests), new("excludeGuestsOrExternalUsers", Guests))),
            new("clientApplications", new Node(new("includeServicePrincipals", Texts), new("excludeServicePrincipals", Texts), new("servicePrincipalFilter", Filter))),
            new("clientAppTypes", Many<ConditionalAccessClientApp>()),
            new("platforms", new Node(new("includePlatforms", Many<ConditionalAccessDevicePlatform>()), new("excludePlatforms", Many<ConditionalAccessDevicePlatform>()))),
            new("locations", new Node(new("includeLocations", Texts), new("excludeLocations", Texts))),
            new("devices", new Node(new Field("deviceFilter", Filter))),
            new("signInRiskLevels", Many<RiskLevel>()), new("userRiskLevels", Many<RiskLevel>()), new("servicePrincipalRiskLevels", Many<RiskLevel>()),
            new("insiderRiskLevels", Flags<ConditionalAccessInsiderRiskLevels>()),
            new("authenticationFlows", new Node(new Field("transferMethods", Flags<ConditionalAccessTransferMethods>()))))),
        new("grantControls", new Node(new("operator", Text), new("builtInControls", Many<ConditionalAccessGrantControl>()),
            new("customAuthenticationFactors", Texts), new("termsOfUse", Texts), new("authenticationStrength", new Node(new("id", Text), new("displayName", Text))))),
        new("sessionControls", new Node(
            new("applicationEnforcedRestrictions", Enabled),
            new("cloudAppSecurity", new Node(new("isEnabled", Flag), new("cloudAppSecurityType", One<CloudAppSecuritySessionControlType>()))),
            new("signInFrequency", new Node(new("isEnabled", Flag), new("type", One<SigninFrequencyType>()), new("value", new Number()),
                new("authenticationType", One<SignInFrequencyAuthenticationType>()), new("frequencyInterval", One<SignInFrequencyInterval>()))),
            new("persistentBrowser", new Node(new("isEnabled", Flag), new("mode", One<PersistentBrowserSessionMode>()))),
            new("disableResilienceDefaults", Flag),
            new("secureSignInSession", Enabled))));

    private static readonly Node Targets = new(
        new("accessType", One<CrossTenantAccessPolicyTargetConfigurationAccessType>()),
        new("targets", new Nodes(new Node(new("target", Text), new("targetType", One<CrossTenantAccessPolicyTargetType>())))));

    private static readonly Node B2B = new(new("usersAndGroups", Targets), new("applications", Targets));

    private static readonly Field[] Settings =
    [
        new("inboundTrust", new Node(new("isMfaAccepted", Flag), new("isCompliantDeviceAccepted", Flag), new("isHybridAzureADJoinedDeviceAccepted", Flag))),
        new("b2bCollaborationInbound", B2B), new("b2bCollaborationOutbound", B2B), new("b2bDirectConnectInbound", B2B), new("b2bDirectConnectOutbound", B2B),
        new("automaticUserConsentSettings", new Node(new("inboundAllowed", Flag), new("outboundAllowed", Flag))),
        new("tenantRestrictions", new Node(new("usersAndGroups", Targets), new("applications", Targets),
            new("devices", new Node(new("mode", One<CrossTenantAccessPolicyTargetConfigurationAccessType>()), new("rule", Text))))),
    ];

    private static readonly Field Redemption = new("invitationRedemptionIdentityProviderConfiguration", new Node(
        new("primaryIdentityProviderPrecedenceOrder", Many<B2bIdentityProvidersType>()), new("fallbackIdentityProvider", One<B2bIdentityProvidersType>())));

    public static readonly Node Partner = new([new("tenantId", Text), new("isServiceProvider", Flag), .. Settings]);

    public static readonly Node Default = new([new("id", Text), new("isServiceDefault", Flag), .. Settings, Redemption]);
}
