using System.Text.Json.Nodes;
using static Reconciler.Emulator.Model.Shapes;

namespace Reconciler.Emulator.Model;

/// <summary>conditionalAccessPolicy as Graph v1.0 (and the 6.x SDK model) knows it.</summary>
internal static class ConditionalAccessShape
{
    private static readonly ObjectOf Filter = new("filter", ("mode", new EnumOf("include", "exclude")), ("rule", Text));

    private static readonly ObjectOf ExternalTenants = new("conditionalAccessExternalTenants",
        ("membershipKind", new EnumOf("all", "enumerated", "unknownFutureValue")),
        ("members", new ListOf(Text) { OmitWhenUnset = true }));

    private static readonly ObjectOf GuestsOrExternalUsers = new("conditionalAccessGuestsOrExternalUsers",
        ("guestOrExternalUserTypes", new FlagsOf("none", "internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember",
            "b2bDirectConnectUser", "otherExternalUser", "serviceProvider", "unknownFutureValue")),
        ("externalTenants", ExternalTenants));

    private static readonly ObjectOf Users = new("conditionalAccessUsers",
        ("includeUsers", Strings), ("excludeUsers", Strings), ("includeGroups", Strings), ("excludeGroups", Strings),
        ("includeRoles", Strings), ("excludeRoles", Strings),
        ("includeGuestsOrExternalUsers", GuestsOrExternalUsers), ("excludeGuestsOrExternalUsers", GuestsOrExternalUsers));

    private static readonly ObjectOf Applications = new("conditionalAccessApplications",
        ("includeApplications", Strings), ("excludeApplications", Strings), ("includeUserActions", Strings),
        ("includeAuthenticationContextClassReferences", Strings), ("applicationFilter", Filter),
        // In Microsoft's own v1.0 answers (conditionalaccessroot-post-policies, example 4) though the SDK lacks it.
        ("includeProtectionLevels", new ListOf(Text) { OmitWhenUnset = true }));

    private static readonly ListOf RiskLevels = new(new EnumOf("low", "medium", "high", "hidden", "none", "unknownFutureValue"));
    private static readonly EnumOf Platform = new("android", "iOS", "windows", "windowsPhone", "macOS", "linux", "all", "unknownFutureValue");

    private static readonly ObjectOf Conditions = new("conditionalAccessConditionSet",
        ("applications", Applications),
        ("users", Users),
        ("clientApplications", new ObjectOf("conditionalAccessClientApplications",
            ("includeServicePrincipals", Strings), ("excludeServicePrincipals", Strings), ("servicePrincipalFilter", Filter))),
        ("clientAppTypes", new ListOf(new EnumOf("all", "browser", "mobileAppsAndDesktopClients", "exchangeActiveSync",
            "easSupported", "other", "unknownFutureValue"))),
        ("platforms", new ObjectOf("conditionalAccessPlatforms", ("includePlatforms", new ListOf(Platform)), ("excludePlatforms", new ListOf(Platform)))),
        ("locations", new ObjectOf("conditionalAccessLocations", ("includeLocations", Strings), ("excludeLocations", Strings))),
        ("devices", new ObjectOf("conditionalAccessDevices", ("deviceFilter", Filter))),
        ("signInRiskLevels", RiskLevels),
        ("userRiskLevels", RiskLevels),
        ("servicePrincipalRiskLevels", RiskLevels),
        ("insiderRiskLevels", new FlagsOf("minor", "moderate", "elevated", "unknownFutureValue")),
        ("authenticationFlows", new ObjectOf("conditionalAccessAuthenticationFlows",
            ("transferMethods", new FlagsOf("none", "deviceCodeFlow", "authenticationTransfer", "unknownFutureValue")))),
        ("times", new BetaOnly()), ("deviceStates", new BetaOnly()), ("agents", new BetaOnly()), ("clients", new BetaOnly()));

    public static readonly string[] BuiltInControls =
        ["block", "mfa", "compliantDevice", "domainJoinedDevice", "approvedApplication", "compliantApplication", "passwordChange", "unknownFutureValue"];

    private static readonly ObjectOf GrantControls = new("conditionalAccessGrantControls",
        ("operator", new EnumOf("AND", "OR")),
        ("builtInControls", new ListOf(new EnumOf(BuiltInControls))),
        ("customAuthenticationFactors", Strings),
        ("termsOfUse", Strings),
        ("authenticationStrength", new AnyObject()));

    private static ObjectOf Enabled(string name, params (string, Shape)[] more) =>
        new(name, [("isEnabled", Bool), .. more]);

    private static readonly ObjectOf SessionControls = new("conditionalAccessSessionControls",
        ("applicationEnforcedRestrictions", Enabled("applicationEnforcedRestrictionsSessionControl")),
        ("cloudAppSecurity", Enabled("cloudAppSecuritySessionControl",
            ("cloudAppSecurityType", new EnumOf("mcasConfigured", "monitorOnly", "blockDownloads", "unknownFutureValue")))),
        ("signInFrequency", Enabled("signInFrequencySessionControl",
            ("type", new EnumOf("days", "hours")), ("value", Int),
            ("authenticationType", new EnumOf("primaryAndSecondaryAuthentication", "secondaryAuthentication", "unknownFutureValue")),
            ("frequencyInterval", new EnumOf("timeBased", "everyTime", "unknownFutureValue")))),
        ("persistentBrowser", Enabled("persistentBrowserSessionControl", ("mode", new EnumOf("always", "never")))),
        ("disableResilienceDefaults", Bool),
        ("secureSignInSession", Enabled("secureSignInSessionControl")),
        ("continuousAccessEvaluation", new BetaOnly()), ("networkAccessSecurity", new BetaOnly()),
        ("globalSecureAccessFilteringProfile", new BetaOnly()));

    public static readonly ObjectOf Policy = new("ConditionalAccessPolicy",
        ("id", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
        ("templateId", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
        ("createdDateTime", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
        ("modifiedDateTime", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
        ("deletedDateTime", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
        ("displayName", Text),
        ("description", Text),
        ("state", new EnumOf("enabled", "disabled", "enabledForReportingButNotEnforced")),
        ("conditions", Conditions),
        ("grantControls", GrantControls),
        ("sessionControls", SessionControls),
        ("partialEnablementStrategy", new BetaOnly()));

    /// <summary>Adds the @odata.type Graph always sends for the polymorphic externalTenants.</summary>
    public static void AnnotateExternalTenants(JsonObject policy)
    {
        if (policy["conditions"]?["users"] is not JsonObject users)
        {
            return;
        }
        foreach (var side in new[] { "includeGuestsOrExternalUsers", "excludeGuestsOrExternalUsers" })
        {
            if (users[side]?["externalTenants"] is not JsonObject tenants)
            {
                continue;
            }
            var enumerated = tenants["members"] is JsonArray || Http.Wire.AsString(tenants["membershipKind"]) == "enumerated";
            var annotated = new JsonObject
            {
                ["@odata.type"] = enumerated
                    ? "#microsoft.graph.conditionalAccessEnumeratedExternalTenants"
                    : "#microsoft.graph.conditionalAccessAllExternalTenants",
                ["membershipKind"] = enumerated ? "enumerated" : "all",
            };
            if (enumerated)
            {
                annotated["members"] = tenants["members"]?.DeepClone() ?? new JsonArray();
            }
            ((JsonObject)users[side]!)["externalTenants"] = annotated;
        }
    }
}
