using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// What an administrator with portal access can do to the tutorial's tenant, one change at a time, each made through
/// the local tenant's Graph API. For every change: drift exits 2 naming the object, the property and its effect on
/// guest access; plan reverts it; apply converges and the next drift is in sync; and, where the change reaches the
/// tutorial's guest, what-if against the live tenant shows the sign-in no longer held to enforced MFA before apply. One tenant serves every
/// case: apply puts it back as declared, which is itself asserted.
/// </summary>
public class HandMadeChangeCatalogue
{
    private const string Policy = "Require MFA for B2B portal access";
    private const string Partner = TenantFixture.FabrikamTenantId;
    private const string Alex = TenantFixture.AlexEmail;
    private const string Group = "e0000000-0000-4000-8000-0000000000e1";
    private const string Role = "62e90394-69f5-4237-9190-012177145e10";
    private const string OtherApp = "00000003-0000-0000-c000-000000000000";

    /// <summary>A change, the drifted object it shows up on, one path it must report (or its status) and the effect.</summary>
    private sealed record Change(string Name, Func<Edits, Task> Make, string Type, string Key, string PathOrStatus, string Effect, bool WeakensAlexsSignIn = false);

    private static readonly Change[] Catalogue =
    [
        // The MFA policy: who it covers.
        new("exclude a group", e => e.Users(u => Add(u, "excludeGroups", Group)), "conditionalAccessPolicy", Policy, "conditions.users.excludeGroups", "weakens"),
        new("exclude a role", e => e.Users(u => Add(u, "excludeRoles", Role)), "conditionalAccessPolicy", Policy, "conditions.users.excludeRoles", "weakens"),
        new("exclude the guest", e => e.Users(u => Add(u, "excludeUsers", e.AlexId)), "conditionalAccessPolicy", Policy, "conditions.users.excludeUsers", "weakens", true),
        new("exclude guest types", e => e.Users(u => u["excludeGuestsOrExternalUsers"] = AllTenants("b2bCollaborationGuest")),
            "conditionalAccessPolicy", Policy, "conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes", "weakens", true),
        new("drop a guest type", e => e.Users(u => u["includeGuestsOrExternalUsers"]!["guestOrExternalUserTypes"] = "internalGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider"),
            "conditionalAccessPolicy", Policy, "conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes", "weakens", true),
        new("enumerate tenants", e => e.Users(u => u["includeGuestsOrExternalUsers"]!["externalTenants"] = Enumerated("9e8d7c6b-5a49-4382-9170-e6d5c4b3a291")),
            "conditionalAccessPolicy", Policy, "conditions.users.includeGuestsOrExternalUsers.externalTenants.membershipKind", "weakens"),
        new("include a group too", e => e.Users(u => Add(u, "includeGroups", Group)), "conditionalAccessPolicy", Policy, "conditions.users.includeGroups", "strengthens"),
        new("include a role too", e => e.Users(u => Add(u, "includeRoles", Role)), "conditionalAccessPolicy", Policy, "conditions.users.includeRoles", "strengthens"),
        new("include all users too", e => e.Users(u => Add(u, "includeUsers", "All")), "conditionalAccessPolicy", Policy, "conditions.users.includeUsers", "strengthens"),

        // The MFA policy: what it covers and when it fires.
        new("exclude an application", e => e.Conditions(c => Add(c["applications"]!.AsObject(), "excludeApplications", OtherApp)), "conditionalAccessPolicy", Policy, "conditions.applications.excludeApplications", "weakens"),
        new("swap the application", e => e.Conditions(c => c["applications"]!["includeApplications"] = new JsonArray(OtherApp)),
            "conditionalAccessPolicy", Policy, "conditions.applications.includeApplications", "neutral", true),
        new("include another application", e => e.Conditions(c => Add(c["applications"]!.AsObject(), "includeApplications", OtherApp)), "conditionalAccessPolicy", Policy, "conditions.applications.includeApplications", "strengthens"),
        new("add a user action", e => e.Conditions(c => Add(c["applications"]!.AsObject(), "includeUserActions", "urn:user:registersecurityinfo")), "conditionalAccessPolicy", Policy, "conditions.applications.includeUserActions", "strengthens"),
        new("application filter", e => e.Conditions(c => c["applications"]!["applicationFilter"] = Filter("exclude", "CustomSecurityAttribute.Engineering_Project -eq \"Baker\"")),
            "conditionalAccessPolicy", Policy, "conditions.applications.applicationFilter.mode", "weakens"),
        new("exclude trusted locations", e => e.Conditions(c => c["locations"] = new JsonObject { ["includeLocations"] = new JsonArray("All"), ["excludeLocations"] = new JsonArray("AllTrusted") }),
            "conditionalAccessPolicy", Policy, "conditions.locations.excludeLocations", "weakens"),
        new("exclude a platform", e => e.Conditions(c => c["platforms"] = new JsonObject { ["includePlatforms"] = new JsonArray("all"), ["excludePlatforms"] = new JsonArray("linux") }),
            "conditionalAccessPolicy", Policy, "conditions.platforms.excludePlatforms", "weakens"),
        new("device filter in exclude mode", e => e.Conditions(c => c["devices"] = new JsonObject { ["deviceFilter"] = Filter("exclude", "device.trustType -eq \"ServerAD\"") }),
            "conditionalAccessPolicy", Policy, "conditions.devices.deviceFilter.mode", "weakens"),
        new("browser only", e => e.Conditions(c => c["clientAppTypes"] = new JsonArray("browser")), "conditionalAccessPolicy", Policy, "conditions.clientAppTypes", "weakens"),
        new("sign-in risk", e => e.Conditions(c => c["signInRiskLevels"] = new JsonArray("high")), "conditionalAccessPolicy", Policy, "conditions.signInRiskLevels", "weakens", true),
        new("user risk", e => e.Conditions(c => c["userRiskLevels"] = new JsonArray("high")), "conditionalAccessPolicy", Policy, "conditions.userRiskLevels", "weakens"),
        new("service principal risk", e => e.Conditions(c => c["servicePrincipalRiskLevels"] = new JsonArray("medium")), "conditionalAccessPolicy", Policy, "conditions.servicePrincipalRiskLevels", "weakens"),
        new("insider risk", e => e.Conditions(c => c["insiderRiskLevels"] = "elevated"), "conditionalAccessPolicy", Policy, "conditions.insiderRiskLevels", "weakens"),
        new("authentication flows", e => e.Conditions(c => c["authenticationFlows"] = new JsonObject { ["transferMethods"] = "deviceCodeFlow" }),
            "conditionalAccessPolicy", Policy, "conditions.authenticationFlows.transferMethods", "weakens"),

        // The MFA policy: its state and controls.
        new("disable the policy", e => e.Policy(p => p["state"] = "disabled"), "conditionalAccessPolicy", Policy, "state", "weakens", true),
        new("report only", e => e.Policy(p => p["state"] = "enabledForReportingButNotEnforced"), "conditionalAccessPolicy", Policy, "state", "weakens", true),
        new("or a compliant device", e => e.Grant(g => Add(g, "builtInControls", "compliantDevice")), "conditionalAccessPolicy", Policy, "grantControls.builtInControls", "weakens"),
        new("mfa replaced by terms of use", e => e.Grant(g => { g["builtInControls"] = new JsonArray(); g["termsOfUse"] = new JsonArray("7b2b1f0e-0000-4000-8000-000000000001"); }),
            "conditionalAccessPolicy", Policy, "grantControls.builtInControls", "weakens", true),
        new("or terms of use", e => e.Grant(g => g["termsOfUse"] = new JsonArray("7b2b1f0e-0000-4000-8000-000000000001")), "conditionalAccessPolicy", Policy, "grantControls.termsOfUse", "weakens"),
        new("or a custom factor", e => e.Grant(g => g["customAuthenticationFactors"] = new JsonArray("RequireDuoMfa")), "conditionalAccessPolicy", Policy, "grantControls.customAuthenticationFactors", "weakens"),
        // Graph refuses an authentication strength beside mfa in one grant, so that is no change anyone can make.
        new("or a compliant application", e => e.Grant(g => Add(g, "builtInControls", "compliantApplication")), "conditionalAccessPolicy", Policy, "grantControls.builtInControls", "weakens"),
        new("mfa replaced by a strength", e => e.Grant(g => { g["builtInControls"] = new JsonArray(); g["authenticationStrength"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000004" }; }),
            "conditionalAccessPolicy", Policy, "grantControls.builtInControls", "weakens"),
        new("operator and", e => e.Grant(g => g["operator"] = "AND"), "conditionalAccessPolicy", Policy, "grantControls.operator", "strengthens"),
        new("persistent browser", e => e.Policy(p => p["sessionControls"] = new JsonObject { ["persistentBrowser"] = new JsonObject { ["isEnabled"] = true, ["mode"] = "always" } }),
            "conditionalAccessPolicy", Policy, "sessionControls.persistentBrowser.mode", "weakens"),
        new("sign-in frequency", e => e.Policy(p => p["sessionControls"] = new JsonObject { ["signInFrequency"] = new JsonObject { ["isEnabled"] = true, ["type"] = "days", ["value"] = 90, ["frequencyInterval"] = "timeBased" } }),
            "conditionalAccessPolicy", Policy, "sessionControls.signInFrequency.value", "strengthens"),
        new("app-enforced restrictions", e => e.Policy(p => p["sessionControls"] = new JsonObject { ["applicationEnforcedRestrictions"] = new JsonObject { ["isEnabled"] = true } }),
            "conditionalAccessPolicy", Policy, "sessionControls.applicationEnforcedRestrictions.isEnabled", "neutral"),
        new("delete the policy", e => e.DeletePolicy(), "conditionalAccessPolicy", Policy, "missing", "weakens", true),

        // The cross-tenant default.
        new("default trusts mfa", e => e.Default("""{"inboundTrust": {"isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false}}"""),
            "crossTenantAccessDefault", "default", "inboundTrust.isMfaAccepted", "weakens"),
        new("default trusts compliant devices", e => e.Default("""{"inboundTrust": {"isMfaAccepted": false, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false}}"""),
            "crossTenantAccessDefault", "default", "inboundTrust.isCompliantDeviceAccepted", "weakens"),
        new("default trusts hybrid joined devices", e => e.Default("""{"inboundTrust": {"isMfaAccepted": false, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": true}}"""),
            "crossTenantAccessDefault", "default", "inboundTrust.isHybridAzureADJoinedDeviceAccepted", "weakens"),
        new("default opens direct connect inbound", e => e.Default($$"""{"b2bDirectConnectInbound": {{Everyone("allowed")}}}"""),
            "crossTenantAccessDefault", "default", "b2bDirectConnectInbound.usersAndGroups.accessType", "weakens"),
        new("default opens direct connect outbound", e => e.Default($$"""{"b2bDirectConnectOutbound": {{Everyone("allowed")}}}"""),
            "crossTenantAccessDefault", "default", "b2bDirectConnectOutbound.applications.accessType", "weakens"),
        new("default blocks collaboration inbound", e => e.Default($$"""{"b2bCollaborationInbound": {{Everyone("blocked")}}}"""),
            "crossTenantAccessDefault", "default", "b2bCollaborationInbound.usersAndGroups.accessType", "strengthens"),
        new("default blocks collaboration outbound", e => e.Default($$"""{"b2bCollaborationOutbound": {{Everyone("blocked")}}}"""),
            "crossTenantAccessDefault", "default", "b2bCollaborationOutbound.applications.accessType", "strengthens"),

        // The declared partner.
        new("partner stops trusting mfa", e => e.Partner("""{"inboundTrust": {"isMfaAccepted": false}}"""), "crossTenantAccessPartner", Partner, "inboundTrust.isMfaAccepted", "strengthens"),
        new("partner trusts compliant devices", e => e.Partner("""{"inboundTrust": {"isMfaAccepted": true, "isCompliantDeviceAccepted": true}}"""),
            "crossTenantAccessPartner", Partner, "inboundTrust.isCompliantDeviceAccepted", "weakens"),
        new("partner trusts hybrid joined devices", e => e.Partner("""{"inboundTrust": {"isMfaAccepted": true, "isHybridAzureADJoinedDeviceAccepted": true}}"""),
            "crossTenantAccessPartner", Partner, "inboundTrust.isHybridAzureADJoinedDeviceAccepted", "weakens"),
        new("partner inherits trust again", e => e.Partner("""{"inboundTrust": null}"""), "crossTenantAccessPartner", Partner, "inboundTrust.isMfaAccepted", "strengthens"),
        new("partner opens direct connect", e => e.Partner($$"""{"b2bDirectConnectInbound": {{Everyone("allowed")}}}"""),
            "crossTenantAccessPartner", Partner, "b2bDirectConnectInbound.usersAndGroups.accessType", "weakens"),
        new("partner blocks collaboration", e => e.Partner($$"""{"b2bCollaborationInbound": {{Everyone("blocked")}}}"""),
            "crossTenantAccessPartner", Partner, "b2bCollaborationInbound.usersAndGroups.accessType", "strengthens"),
        new("partner gets automatic consent", e => e.Partner("""{"automaticUserConsentSettings": {"inboundAllowed": true, "outboundAllowed": false}}"""),
            "crossTenantAccessPartner", Partner, "automaticUserConsentSettings.inboundAllowed", "weakens"),
        new("partner made a service provider", e => e.Partner("""{"isServiceProvider": true}"""), "crossTenantAccessPartner", Partner, "isServiceProvider", "weakens"),
        new("partner deleted", e => e.DeletePartner(), "crossTenantAccessPartner", Partner, "missing", "neutral"),

        // The declared guest.
        new("guest renamed", e => e.Guest("""{"displayName": "Alex W."}"""), "guest", Alex, "displayName", "neutral"),
        new("guest turned member", e => e.Guest("""{"userType": "Member"}"""), "guest", Alex, "userType", "weakens"),
        new("guest disabled", e => e.Guest("""{"accountEnabled": false}"""), "guest", Alex, "accountEnabled", "strengthens"),
        new("guest deleted", e => e.DeleteGuest(), "guest", Alex, "deleted", "strengthens"),

        // Last: a rename leaves the declared name missing (and the renamed policy unmanaged, beside the one apply creates).
        // Renamed and nothing else is B2B2009, a rename to confirm (RenameScenarios); renamed and disabled is another policy.
        new("policy renamed and disabled", e => e.Policy(p => { p["displayName"] = "MFA for partners"; p["state"] = "disabled"; }), "conditionalAccessPolicy", Policy, "missing", "weakens"),
    ];

    [Fact]
    public async Task EveryHandMadeChangeIsCaughtClassifiedRevertedAndConverged()
    {
        Assert.True(Catalogue.Length >= 50, $"{Catalogue.Length} changes");
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var edits = new Edits(tenant);
        var failures = new List<string>();
        foreach (var change in Catalogue)
        {
            try
            {
                await change.Make(edits);
                await Check(tenant, stack, change);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or InvalidOperationException)
            {
                failures.Add($"{change.Name}: {e.Message}");
                await tenant.RunAsync(stack, "apply", "--yes");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task Check(TenantFixture tenant, StackFolder stack, Change change)
    {
        var drift = await tenant.RunAsync(stack, "drift", "--output", "json");
        Assert.True(drift.ExitCode == 2, $"drift exit {drift.ExitCode}: {drift.Stdout}{drift.Stderr}");
        var row = JsonNode.Parse(drift.Stdout)!["drift"]!.AsArray()
            .SingleOrDefault(r => (string?)r!["resourceType"] == change.Type && string.Equals((string?)r["key"], change.Key, StringComparison.OrdinalIgnoreCase));
        Assert.True(row is not null, $"no drift on {change.Type} {change.Key}: {drift.Stdout}");
        var paths = row!["properties"]!.AsArray().Select(p => (string)p!["path"]!).ToList();
        Assert.True(paths.Contains(change.PathOrStatus) || (string?)row["status"] == change.PathOrStatus, $"{change.PathOrStatus} not in [{string.Join(", ", paths)}] ({row["status"]})");
        Assert.True((string?)row["effect"] == change.Effect, $"effect {row["effect"]}, expected {change.Effect}");

        if (change.WeakensAlexsSignIn)
        {
            var whatIf = await tenant.RunAsync(stack, "whatif", "--user", Alex, "--app", "797f4846-ba00-4fd7-ba43-dac1f8f63013", "--against", "live", "--no-graph-evaluate", "--output", "json");
            var outcome = JsonNode.Parse(whatIf.Stdout)!["outcome"]!;
            var stillEnforcesMfa = outcome["requiredControls"] is JsonArray controls && controls.Any(c => (string?)c == "mfa") && (bool?)outcome["enforced"] == true;
            Assert.True(!stillEnforcesMfa, $"what-if still enforces MFA: {whatIf.Stdout}");
        }

        var plan = await tenant.RunAsync(stack, "plan", "--output", "json");
        Assert.True(plan.ExitCode == 2, $"plan exit {plan.ExitCode}");
        Assert.Contains(JsonNode.Parse(plan.Stdout)!["actions"]!.AsArray(),
            a => (string?)a!["resourceType"] == change.Type && string.Equals((string?)a["key"], change.Key, StringComparison.OrdinalIgnoreCase));
        var apply = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, $"apply exit {apply.ExitCode}: {apply.Stdout}{apply.Stderr}");
        var after = await tenant.RunAsync(stack, "drift");
        Assert.True(after.ExitCode == 0, $"drift after apply exit {after.ExitCode}: {after.Stdout}");
    }

    private static void Add(JsonObject owner, string list, string value)
    {
        var items = owner[list] as JsonArray ?? [];
        items.Add(value);
        owner[list] = items.DeepClone();
    }

    private static JsonObject AllTenants(string types) => new()
    {
        ["guestOrExternalUserTypes"] = types,
        ["externalTenants"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.conditionalAccessAllExternalTenants", ["membershipKind"] = "all" },
    };

    private static JsonObject Enumerated(string tenantId) => new()
    {
        ["@odata.type"] = "#microsoft.graph.conditionalAccessEnumeratedExternalTenants",
        ["membershipKind"] = "enumerated",
        ["members"] = new JsonArray(tenantId),
    };

    private static JsonObject Filter(string mode, string rule) => new() { ["mode"] = mode, ["rule"] = rule };

    private static string Everyone(string access) => new JsonObject
    {
        ["usersAndGroups"] = new JsonObject { ["accessType"] = access, ["targets"] = new JsonArray(new JsonObject { ["target"] = "AllUsers", ["targetType"] = "user" }) },
        ["applications"] = new JsonObject { ["accessType"] = access, ["targets"] = new JsonArray(new JsonObject { ["target"] = "AllApplications", ["targetType"] = "application" }) },
    }.ToJsonString();

    /// <summary>The changes an administrator makes, each a Graph request to the local tenant.</summary>
    private sealed class Edits(TenantFixture tenant)
    {
        private const string Policies = "identity/conditionalAccess/policies";

        public string AlexId => (string)tenant.UsersWithMail(Alex).Single()["id"]!;

        private string PolicyId => (string)tenant.PoliciesNamed(HandMadeChangeCatalogue.Policy).Single()["id"]!;

        /// <summary>Reads the policy, changes it, and sends back its state, conditions and controls, as the portal does.</summary>
        public async Task Policy(Action<JsonObject> change)
        {
            var policy = (await tenant.ByHandAsync(HttpMethod.Get, $"{Policies}/{PolicyId}"))!;
            change(policy);
            var patch = new JsonObject();
            foreach (var name in new[] { "displayName", "state", "conditions", "grantControls", "sessionControls" })
            {
                patch[name] = policy[name]?.DeepClone();
            }
            await tenant.ByHandAsync(HttpMethod.Patch, $"{Policies}/{PolicyId}", patch.ToJsonString());
        }

        public Task Conditions(Action<JsonObject> change) => Policy(p => change(p["conditions"]!.AsObject()));

        public Task Users(Action<JsonObject> change) => Conditions(c => change(c["users"]!.AsObject()));

        public Task Grant(Action<JsonObject> change) => Policy(p => change(p["grantControls"]!.AsObject()));

        public Task DeletePolicy() => tenant.ByHandAsync(HttpMethod.Delete, $"{Policies}/{PolicyId}");

        public Task Default(string json) => tenant.ByHandAsync(HttpMethod.Patch, "policies/crossTenantAccessPolicy/default", json);

        public Task Partner(string json) => tenant.ByHandAsync(HttpMethod.Patch, $"policies/crossTenantAccessPolicy/partners/{TenantFixture.FabrikamTenantId}", json);

        public Task DeletePartner() => tenant.ByHandAsync(HttpMethod.Delete, $"policies/crossTenantAccessPolicy/partners/{TenantFixture.FabrikamTenantId}");

        public Task Guest(string json) => tenant.ByHandAsync(HttpMethod.Patch, $"users/{AlexId}", json);

        public Task DeleteGuest() => tenant.ByHandAsync(HttpMethod.Delete, $"users/{AlexId}");
    }
}
