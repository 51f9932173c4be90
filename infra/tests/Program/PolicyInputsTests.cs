using System.Text.Json.Nodes;
using static Reconciler.Infra.Tests.RecordingMocks;

namespace Reconciler.Infra.Tests;

/// <summary>
/// A policy that sets every property the stack supports for azuread, and the exact input each becomes, under
/// azuread's names. A property that reached no input, or the wrong one, fails here.
/// </summary>
public sealed class PolicyInputsTests
{
    private const string Group = "11111111-0000-4000-8000-000000000001";
    private const string OtherGroup = "11111111-0000-4000-8000-000000000002";
    private const string Role = "62e90394-69f5-4237-9190-012177145e10";
    private const string OtherRole = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    private const string Location = "22222222-0000-4000-8000-000000000001";
    private const string ServicePrincipal = "33333333-0000-4000-8000-000000000001";
    private const string Strength = "00000000-0000-0000-0000-000000000002";
    private const string TermsOfUse = "44444444-0000-4000-8000-000000000001";
    private const string Partner = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    [Fact]
    public async Task EveryConditionReachesItsAzureadInput()
    {
        var policy = await PolicyAsync(EveryProperty());

        Assert.Equal("Every property", policy.Inputs["displayName"]);
        Assert.Equal("enabledForReportingButNotEnforced", policy.Inputs["state"]);
        Assert.Equal(["browser", "mobileAppsAndDesktopClients"], Strings(policy, "conditions.clientAppTypes"));
        Assert.Equal([SampleStackConfig.PortalAppId], Strings(policy, "conditions.applications.includedApplications"));
        Assert.Equal(["00000002-0000-0ff1-ce00-000000000000"], Strings(policy, "conditions.applications.excludedApplications"));
        Assert.Equal("exclude", At(policy, "conditions.applications.filter.mode"));
        Assert.Equal("CustomSecurityAttribute.Project -eq \"Blue\"", At(policy, "conditions.applications.filter.rule"));
        Assert.Equal([Group], Strings(policy, "conditions.users.includedGroups"));
        Assert.Equal([OtherGroup], Strings(policy, "conditions.users.excludedGroups"));
        Assert.Equal([Role], Strings(policy, "conditions.users.includedRoles"));
        Assert.Equal([OtherRole], Strings(policy, "conditions.users.excludedRoles"));
        Assert.Equal(["b2bCollaborationGuest"], Strings(policy, "conditions.users.includedGuestsOrExternalUsers[0].guestOrExternalUserTypes"));
        Assert.Equal("enumerated", At(policy, "conditions.users.includedGuestsOrExternalUsers[0].externalTenants[0].membershipKind"));
        Assert.Equal([Partner], Strings(policy, "conditions.users.includedGuestsOrExternalUsers[0].externalTenants[0].members"));
        Assert.Equal(["serviceProvider"], Strings(policy, "conditions.users.excludedGuestsOrExternalUsers[0].guestOrExternalUserTypes"));
        Assert.Equal("all", At(policy, "conditions.users.excludedGuestsOrExternalUsers[0].externalTenants[0].membershipKind"));
        Assert.Equal([ServicePrincipal], Strings(policy, "conditions.clientApplications.includedServicePrincipals"));
        Assert.Equal(["ServicePrincipalsInMyTenant"], Strings(policy, "conditions.clientApplications.excludedServicePrincipals"));
        Assert.Equal("include", At(policy, "conditions.devices.filter.mode"));
        Assert.Equal("device.isCompliant -eq True", At(policy, "conditions.devices.filter.rule"));
        Assert.Equal(["All"], Strings(policy, "conditions.locations.includedLocations"));
        Assert.Equal([Location], Strings(policy, "conditions.locations.excludedLocations"));
        Assert.Equal(["all"], Strings(policy, "conditions.platforms.includedPlatforms"));
        Assert.Equal(["linux"], Strings(policy, "conditions.platforms.excludedPlatforms"));
        Assert.Equal(["high", "medium"], Strings(policy, "conditions.signInRiskLevels"));
        Assert.Equal(["high"], Strings(policy, "conditions.userRiskLevels"));
        Assert.Equal(["medium"], Strings(policy, "conditions.servicePrincipalRiskLevels"));
        Assert.Equal("elevated", At(policy, "conditions.insiderRiskLevels"));
        Assert.Equal(["deviceCodeFlow"], Strings(policy, "conditions.authenticationFlowTransferMethods"));
    }

    [Fact]
    public async Task EveryGrantAndSessionControlReachesItsAzureadInput()
    {
        var policy = await PolicyAsync(EveryProperty());

        Assert.Equal("AND", At(policy, "grantControls.operator"));
        Assert.Equal(["compliantDevice"], Strings(policy, "grantControls.builtInControls"));
        Assert.Equal("/policies/authenticationStrengthPolicies/" + Strength, At(policy, "grantControls.authenticationStrengthPolicyId"));
        Assert.Equal([TermsOfUse], Strings(policy, "grantControls.termsOfUses"));
        Assert.Equal(true, At(policy, "sessionControls.applicationEnforcedRestrictionsEnabled"));
        Assert.Equal("monitorOnly", At(policy, "sessionControls.cloudAppSecurityPolicy"));
        Assert.Equal(true, At(policy, "sessionControls.disableResilienceDefaults"));
        Assert.Equal("never", At(policy, "sessionControls.persistentBrowserMode"));
        Assert.Equal(4, Convert.ToInt32(At(policy, "sessionControls.signInFrequency"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("hours", At(policy, "sessionControls.signInFrequencyPeriod"));
        Assert.Equal("primaryAndSecondaryAuthentication", At(policy, "sessionControls.signInFrequencyAuthenticationType"));
        Assert.Equal("timeBased", At(policy, "sessionControls.signInFrequencyInterval"));
    }

    [Fact]
    public async Task UndeclaredListsAndBlocksAreLeftOutOfTheInputs()
    {
        var policy = (await ProgramRun.RunAsync(SampleStackConfig.Tutorial())).Single(ProgramRun.Policy);

        Assert.False(Has(policy, "conditions.applications.excludedApplications"));
        Assert.False(Has(policy, "conditions.users.includedGroups"));
        Assert.False(Has(policy, "conditions.signInRiskLevels"));
        Assert.False(Has(policy, "conditions.locations"));
        Assert.False(Has(policy, "conditions.platforms"));
        Assert.False(Has(policy, "conditions.devices"));
        Assert.False(Has(policy, "grantControls.termsOfUses"));
        Assert.False(Has(policy, "sessionControls"));
    }

    [Fact]
    public async Task DeclaredGuestInAPolicyBecomesItsInvitationsUserId()
    {
        var config = SampleStackConfig.Tutorial();
        var users = config["b2b:conditionalAccessPolicies"]![0]!["conditions"]!["users"]!.AsObject();
        users["excludeUsers"] = new JsonArray("breakglass@contoso.example", "alex@fabrikam.example");

        var policy = (await ProgramRun.RunAsync(config)).Single(ProgramRun.Policy);

        Assert.Equal([BreakGlassObjectId, "user-guest-alex-fabrikam-example"], Strings(policy, "conditions.users.excludedUsers"));
    }

    private static async Task<Pulumi.Testing.MockResourceArgs> PolicyAsync(JsonObject policy)
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:conditionalAccessPolicies"] = new JsonArray(policy);
        return (await ProgramRun.RunAsync(config)).Single(ProgramRun.Policy);
    }

    private static JsonObject EveryProperty() => JsonNode.Parse($$"""
        { "displayName": "Every property", "state": "enabledForReportingButNotEnforced",
          "conditions": {
            "clientAppTypes": ["browser", "mobileAppsAndDesktopClients"],
            "applications": {
              "includeApplications": ["{{SampleStackConfig.PortalAppId}}"],
              "excludeApplications": ["00000002-0000-0ff1-ce00-000000000000"],
              "applicationFilter": { "mode": "exclude", "rule": "CustomSecurityAttribute.Project -eq \"Blue\"" } },
            "users": {
              "includeGroups": ["{{Group}}"], "excludeGroups": ["{{OtherGroup}}"],
              "includeRoles": ["{{Role}}"], "excludeRoles": ["{{OtherRole}}"],
              "includeGuestsOrExternalUsers": {
                "guestOrExternalUserTypes": ["b2bCollaborationGuest"],
                "externalTenants": { "membershipKind": "enumerated", "members": ["{{Partner}}"] } },
              "excludeGuestsOrExternalUsers": { "guestOrExternalUserTypes": ["serviceProvider"] },
              "excludeUsers": ["breakglass@contoso.example"] },
            "clientApplications": {
              "includeServicePrincipals": ["{{ServicePrincipal}}"],
              "excludeServicePrincipals": ["ServicePrincipalsInMyTenant"] },
            "devices": { "deviceFilter": { "mode": "include", "rule": "device.isCompliant -eq True" } },
            "locations": { "includeLocations": ["All"], "excludeLocations": ["{{Location}}"] },
            "platforms": { "includePlatforms": ["all"], "excludePlatforms": ["linux"] },
            "signInRiskLevels": ["high", "medium"],
            "userRiskLevels": ["high"],
            "servicePrincipalRiskLevels": ["medium"],
            "insiderRiskLevels": ["elevated"],
            "authenticationFlows": { "transferMethods": ["deviceCodeFlow"] } },
          "grantControls": {
            "operator": "AND", "builtInControls": ["compliantDevice"],
            "authenticationStrength": { "id": "{{Strength}}" }, "termsOfUse": ["{{TermsOfUse}}"] },
          "sessionControls": {
            "applicationEnforcedRestrictions": { "isEnabled": true },
            "cloudAppSecurity": { "isEnabled": true, "cloudAppSecurityType": "monitorOnly" },
            "disableResilienceDefaults": true,
            "persistentBrowser": { "isEnabled": true, "mode": "never" },
            "signInFrequency": { "isEnabled": true, "type": "hours", "value": 4,
                                 "authenticationType": "primaryAndSecondaryAuthentication", "frequencyInterval": "timeBased" } } }
        """)!.AsObject();
}
