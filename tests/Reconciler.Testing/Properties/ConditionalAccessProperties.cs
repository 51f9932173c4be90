using static Reconciler.Testing.Properties.Layer;
using static Reconciler.Testing.Properties.Rows;

namespace Reconciler.Testing.Properties;

/// <summary>conditionalAccessPolicy and every complex type it holds, as read from each layer's code.</summary>
internal static class ConditionalAccessProperties
{
    private const string BetaOnly = "beta-only, not in Graph v1.0: validate and seed loading name it; null or empty is dropped, a value is refused; export never writes it";
    private const string NoIsEnabledInAzuread = "azuread has no isEnabled: the setting is on when its value is set, so isEnabled: false maps to leaving it unset";
    private const string Filter = "azuread wants mode and rule both";

    public static IReadOnlyList<PropertySection> Sections { get; } =
    [
        new("ConditionalAccessPolicy", "conditionalAccessPolicy",
        [
            ServerOwned("id", "Graph's object id; read to find a policy pinned by the stack's id"),
            ServerOwned("createdDateTime", "set by the service, read-only"),
            ServerOwned("modifiedDateTime", "set by the service, read-only"),
            ServerOwned("deletedDateTime", "set while the policy is in the recycle bin, which the local tenant does not emulate"),
            ServerOwned("templateId", "set when the policy comes from a Microsoft template; read to tell Microsoft-managed policies apart"),
            NotSupported("description", "in the SDK's model but not on the v1.0 resource page, and the portal shows none; the local tenant stores it, export and drift do not see it"),
            Modelled("displayName", "\"Lossless policy by displayName\""),
            Modelled("state", "\"enabledForReportingButNotEnforced\""),
            Modelled("conditions"),
            Modelled("grantControls"),
            Modelled("sessionControls"),
            NotInV1Model("partialEnablementStrategy", BetaOnly),
        ]),
        new("ConditionalAccessConditionSet", "conditionalAccessConditionSet",
        [
            Modelled("applications"),
            Modelled("users"),
            Modelled("clientApplications"),
            Modelled("clientAppTypes", """["browser","mobileAppsAndDesktopClients"]"""),
            Modelled("platforms"),
            Modelled("locations"),
            Modelled("devices"),
            Modelled("signInRiskLevels", """["high","medium"]"""),
            Modelled("userRiskLevels", """["high"]"""),
            Modelled("servicePrincipalRiskLevels", """["medium"]"""),
            Modelled("insiderRiskLevels", "\"minor,elevated\"", Partly(PulumiMapping, "azuread takes a single level; the Pulumi program refuses more than one")),
            Modelled("authenticationFlows"),
            NotInV1Model("times", BetaOnly),
            NotInV1Model("deviceStates", BetaOnly),
            NotInV1Model("agents", BetaOnly),
            NotInV1Model("clients", BetaOnly),
        ]),
        new("ConditionalAccessApplications", "conditionalAccessApplications",
        [
            Modelled("includeApplications", $"""["{Samples.AppId}"]"""),
            Modelled("excludeApplications", """["00000002-0000-0ff1-ce00-000000000000"]"""),
            Modelled("includeUserActions", """["urn:user:registersecurityinfo"]"""),
            Modelled("includeAuthenticationContextClassReferences", """["c1"]""",
                No(PulumiMapping, "azuread's ConditionalAccessPolicy has no input for it; the Pulumi program refuses it before registering anything")),
            Modelled("applicationFilter", null, Partly(PulumiMapping, Filter)),
            NotInV1Model("includeProtectionLevels",
                "in Microsoft's own v1.0 answer (conditionalaccessroot-post-policies, example 4) but not in the SDK's v1.0 model: the local tenant stores and echoes it; Reconciler neither reads nor writes it, so a stack cannot declare it and drift does not see it"),
        ]),
        new("ConditionalAccessFilter", "conditionalAccessFilter",
        [
            Modelled("mode", "\"exclude\""),
            Modelled("rule", Samples.Rule),
        ]),
        new("ConditionalAccessUsers", "conditionalAccessUsers",
        [
            Modelled("includeUsers", $"""["{Samples.MemberId}"]"""),
            Modelled("excludeUsers", $"""["{Samples.MemberId}"]"""),
            Modelled("includeGroups", $"""["{Samples.GroupId}"]"""),
            Modelled("excludeGroups", $"""["{Samples.GroupId}"]"""),
            Modelled("includeRoles", """["62e90394-69f5-4237-9190-012177145e10"]"""),
            Modelled("excludeRoles", """["f28a1f50-f6e7-4571-818b-6a12f2af6b6c"]"""),
            Modelled("includeGuestsOrExternalUsers"),
            Modelled("excludeGuestsOrExternalUsers"),
        ]),
        new("ConditionalAccessGuestsOrExternalUsers", "conditionalAccessGuestsOrExternalUsers",
        [
            Modelled("guestOrExternalUserTypes", "\"internalGuest,b2bCollaborationMember\""),
            Modelled("externalTenants"),
        ]),
        new("ConditionalAccessExternalTenants", "conditionalAccessExternalTenants",
        [
            Modelled("membershipKind", "\"enumerated\""),
            Modelled("members", $"""["{Samples.TenantId}"]"""),
        ], Note: "Polymorphic: members belongs to conditionalAccessEnumeratedExternalTenants, and @odata.type follows membershipKind."),
        new("ConditionalAccessClientApplications", "conditionalAccessClientApplications",
        [
            Modelled("includeServicePrincipals", """["0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"]"""),
            Modelled("excludeServicePrincipals", """["1c2d3e4f-5061-4b7c-8d9e-0f1a2b3c4d5e"]"""),
            Modelled("servicePrincipalFilter", null, Partly(PulumiMapping, Filter)),
        ]),
        new("ConditionalAccessPlatforms", "conditionalAccessPlatforms",
        [
            Modelled("includePlatforms", """["android","iOS"]"""),
            Modelled("excludePlatforms", """["windowsPhone"]"""),
        ]),
        new("ConditionalAccessLocations", "conditionalAccessLocations",
        [
            Modelled("includeLocations", """["AllTrusted"]"""),
            Modelled("excludeLocations", """["198ad66e-87b3-4157-85a3-8a7b51794ee9"]"""),
        ]),
        new("ConditionalAccessDevices", "conditionalAccessDevices",
        [
            Modelled("deviceFilter", null, Partly(PulumiMapping, Filter)),
        ]),
        new("ConditionalAccessAuthenticationFlows", "conditionalAccessAuthenticationFlows",
        [
            Modelled("transferMethods", "\"deviceCodeFlow,authenticationTransfer\""),
        ]),
        new("ConditionalAccessGrantControls", "conditionalAccessGrantControls",
        [
            Modelled("operator", "\"AND\""),
            Modelled("builtInControls", """["compliantDevice","domainJoinedDevice"]"""),
            Modelled("customAuthenticationFactors", """["RequireDuoMfa"]"""),
            Modelled("termsOfUse", """["0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"]"""),
            Modelled("authenticationStrength", null,
                Partly(StackKey, "as authenticationStrength: {id}; the service expands the rest"),
                Partly(PulumiMapping, "as the strength's relative path (/policies/authenticationStrengthPolicies/{id})")),
        ]),
        new("AuthenticationStrengthPolicy", "authenticationStrengthPolicy",
        [
            Modelled("id", "\"00000000-0000-0000-0000-000000000004\""),
            ServerOwned("displayName", "expanded by the service from the strength the grant names by id; ignored in a stack"),
            ServerOwned("description", "expanded by the service from the strength the grant names by id"),
            ServerOwned("allowedCombinations", "expanded by the service from the strength the grant names by id"),
            ServerOwned("combinationConfigurations", "expanded by the service from the strength the grant names by id"),
            ServerOwned("policyType", "expanded by the service from the strength the grant names by id"),
            ServerOwned("requirementsSatisfied", "expanded by the service from the strength the grant names by id"),
            ServerOwned("createdDateTime", "expanded by the service from the strength the grant names by id"),
            ServerOwned("modifiedDateTime", "expanded by the service from the strength the grant names by id"),
        ], Note: "Inside grantControls only the strength's id is managed."),
        new("ConditionalAccessSessionControls", "conditionalAccessSessionControls",
        [
            Modelled("applicationEnforcedRestrictions"),
            Modelled("cloudAppSecurity"),
            Modelled("disableResilienceDefaults", "true"),
            Modelled("persistentBrowser"),
            Modelled("secureSignInSession", null, No(PulumiMapping, "azuread's ConditionalAccessPolicy has no input for it; the Pulumi program refuses it before registering anything")),
            Modelled("signInFrequency"),
            NotInV1Model("continuousAccessEvaluation", BetaOnly),
            NotInV1Model("networkAccessSecurity", BetaOnly),
            NotInV1Model("globalSecureAccessFilteringProfile", BetaOnly),
        ]),
        new("ApplicationEnforcedRestrictionsSessionControl", "applicationEnforcedRestrictionsSessionControl",
        [
            Modelled("isEnabled", "true", Partly(PulumiMapping, NoIsEnabledInAzuread)),
        ]),
        new("CloudAppSecuritySessionControl", "cloudAppSecuritySessionControl",
        [
            Modelled("isEnabled", "true", Partly(PulumiMapping, NoIsEnabledInAzuread)),
            Modelled("cloudAppSecurityType", "\"blockDownloads\""),
        ]),
        new("PersistentBrowserSessionControl", "persistentBrowserSessionControl",
        [
            Modelled("isEnabled", "true", Partly(PulumiMapping, NoIsEnabledInAzuread)),
            Modelled("mode", "\"never\""),
        ]),
        new("SecureSignInSessionControl", "secureSignInSessionControl",
        [
            Modelled("isEnabled", "true", NotApplicable(PulumiMapping, "the block has no input in azuread")),
        ]),
        new("SignInFrequencySessionControl", "signInFrequencySessionControl",
        [
            Modelled("isEnabled", "true", Partly(PulumiMapping, NoIsEnabledInAzuread)),
            Modelled("type", "\"days\""),
            Modelled("value", "7"),
            Modelled("authenticationType", "\"secondaryAuthentication\""),
            Modelled("frequencyInterval", "\"timeBased\""),
        ]),
    ];
}
