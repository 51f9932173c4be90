using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>Adopting an existing tenant: export it as a stack, and that stack is in sync with the tenant it came from.</summary>
public class ExportScenarios
{
    private const string EveryProperty = """
        config:
          azuread:tenantId: 0f4e6c1a-0000-4000-8000-000000000001
          b2b:breakGlassAccounts: [breakglass@contoso.example]
          b2b:guests:
            - email: alex@fabrikam.example
              displayName: Alex Wilber (Fabrikam)
            - email: chen@tailspin.example
              displayName: Chen (Tailspin)
              accountEnabled: false
          b2b:conditionalAccessPolicies:
            - displayName: Every supported property
              state: enabledForReportingButNotEnforced
              conditions:
                applications:
                  includeApplications: [797f4846-ba00-4fd7-ba43-dac1f8f63013]
                  excludeApplications: [00000002-0000-0ff1-ce00-000000000000]
                  applicationFilter: {mode: exclude, rule: 'CustomSecurityAttribute.Team_Name -eq "x"'}
                users:
                  excludeUsers: [breakglass@contoso.example]
                  excludeGroups: [22222222-2222-4222-8222-222222222222]
                  excludeRoles: [62e90394-69f5-4237-9190-012177145e10]
                  includeGuestsOrExternalUsers:
                    guestOrExternalUserTypes: [b2bCollaborationGuest, b2bCollaborationMember]
                    externalTenants: {membershipKind: all}
                  excludeGuestsOrExternalUsers:
                    guestOrExternalUserTypes: internalGuest
                    externalTenants: {membershipKind: enumerated, members: [3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d]}
                clientAppTypes: [browser, mobileAppsAndDesktopClients]
                platforms: {includePlatforms: [all], excludePlatforms: [iOS]}
                locations: {includeLocations: [All], excludeLocations: [AllTrusted]}
                devices: {deviceFilter: {mode: exclude, rule: device.isCompliant -eq True}}
                signInRiskLevels: [high]
                userRiskLevels: [medium]
                insiderRiskLevels: [elevated]
                authenticationFlows: {transferMethods: [deviceCodeFlow]}
              grantControls:
                operator: OR
                authenticationStrength: {id: 00000000-0000-0000-0000-000000000002}
              sessionControls:
                applicationEnforcedRestrictions: {isEnabled: true}
                cloudAppSecurity: {isEnabled: true, cloudAppSecurityType: monitorOnly}
                signInFrequency: {isEnabled: true, type: hours, value: 4, authenticationType: primaryAndSecondaryAuthentication, frequencyInterval: timeBased}
                persistentBrowser: {isEnabled: true, mode: never}
                disableResilienceDefaults: false
                secureSignInSession: {isEnabled: true}
          b2b:crossTenantAccess:
            default:
              inboundTrust: {isMfaAccepted: true, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false}
              b2bDirectConnectOutbound:
                usersAndGroups: {accessType: allowed, targets: [{target: AllUsers, targetType: user}]}
                applications: {accessType: allowed, targets: [{target: AllApplications, targetType: application}]}
            partners:
              - tenantId: 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d
                isServiceProvider: true
                inboundTrust: {isMfaAccepted: true}
                b2bCollaborationInbound:
                  usersAndGroups: {accessType: blocked, targets: [{target: 33333333-3333-4333-8333-333333333333, targetType: group}]}
                  applications: {accessType: allowed, targets: [{target: Office365, targetType: application}]}
                automaticUserConsentSettings: {inboundAllowed: true, outboundAllowed: false}
        """;

    [Fact]
    public async Task TheSampleTenantExportsToAStackThatIsInSync()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        using var adopted = StackFolder.With("config: {}\n");

        var export = await tenant.RunAsync(stack, "export", "--out", adopted.StackFile);
        Assert.True(export.ExitCode == 0, export.All);
        Assert.Contains("megan@northwind.example", File.ReadAllText(adopted.StackFile));

        var drift = await tenant.RunAsync(adopted, "drift");
        Assert.True(drift.ExitCode == 0, drift.All);
        Assert.Equal(0, (await tenant.RunAsync(adopted, "validate")).ExitCode);
    }

    [Fact]
    public async Task ATenantWithEverySupportedPropertyExportsToAStackThatIsInSync()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.With(EveryProperty);
        var apply = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);
        using var adopted = StackFolder.With("config: {}\n");

        var export = await tenant.RunAsync(stack, "export", "--out", adopted.StackFile);
        Assert.True(export.ExitCode == 0, export.All);
        var exported = File.ReadAllText(adopted.StackFile);
        Assert.Contains("secureSignInSession", exported);
        Assert.Contains("isServiceProvider: true", exported);
        Assert.Contains("authenticationStrength", exported);

        var drift = await tenant.RunAsync(adopted, "drift");
        Assert.True(drift.ExitCode == 0, drift.All + "\n--- exported\n" + exported);
    }

    [Fact]
    public async Task AnEmptyFolderAdoptsTheSampleTenantInOneCommand()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var folder = EmptyFolder.Create();

        var export = await CliRunner.RunAsync(folder.Path, "export", "--tenant-id", TenantFixture.TenantId, "--graph-url", tenant.GraphUrl);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.StartsWith("Wrote Pulumi.dev.yaml for tenant " + TenantFixture.TenantId, export.Stdout, StringComparison.Ordinal);
        Assert.Contains("name: b2b", File.ReadAllText(Path.Combine(folder.Path, "Pulumi.yaml")), StringComparison.Ordinal);
        var stackYaml = File.ReadAllText(Path.Combine(folder.Path, "Pulumi.dev.yaml"));
        Assert.Contains("megan@northwind.example", stackYaml, StringComparison.Ordinal);
        // The editor hint names a copy of the tool's own schema beside the stack, so it works outside this repository.
        Assert.StartsWith("# yaml-language-server: $schema=stack.schema.json\n", stackYaml, StringComparison.Ordinal);
        var schema = await CliRunner.RunAsync(folder.Path, "schema");
        Assert.Equal(schema.Stdout, File.ReadAllText(Path.Combine(folder.Path, "stack.schema.json")));
        Assert.Equal("urn:reconciler:schema:stack:v1", (string?)JsonNode.Parse(schema.Stdout)!["$id"]);
        var drift = await CliRunner.RunAsync(folder.Path, "drift");
        Assert.True(drift.ExitCode == 0, drift.All);
        var writesBefore = Writes(tenant);
        var apply = await CliRunner.RunAsync(folder.Path, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);
        Assert.Equal(writesBefore, Writes(tenant));
    }

    [Fact]
    public async Task AnAdoptedBreakGlassExclusionIsAnEmailAndProposedAsBreakGlass()
    {
        await using var tenant = await TenantFixture.StartAsync();
        var breakGlassId = (string)tenant.UsersWithMail(TenantFixture.BreakGlassEmail)[0]["id"]!;
        tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse($$"""
            {
              "displayName": "Require MFA for everyone",
              "state": "enabled",
              "conditions": {
                "clientAppTypes": ["all"],
                "applications": { "includeApplications": ["All"] },
                "users": { "includeUsers": ["All"], "excludeUsers": ["{{breakGlassId}}"] }
              },
              "grantControls": { "operator": "OR", "builtInControls": ["mfa"] }
            }
            """)!.AsObject());
        using var folder = EmptyFolder.Create();

        var export = await CliRunner.RunAsync(folder.Path, "export", "--tenant-id", TenantFixture.TenantId, "--graph-url", tenant.GraphUrl);

        Assert.True(export.ExitCode == 0, export.All);
        var stackFile = Path.Combine(folder.Path, "Pulumi.dev.yaml");
        var exported = File.ReadAllText(stackFile);
        Assert.DoesNotContain(breakGlassId, exported, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("- breakglass@contoso.example", exported, StringComparison.Ordinal);
        Assert.Contains("#   b2b:breakGlassAccounts:\n#     - breakglass@contoso.example\n", exported, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "drift")).ExitCode);
        var apply = await CliRunner.RunAsync(folder.Path, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);

        // Confirming the suggestion is removing the comment marks; the gates then hold the account, and nothing changes.
        File.WriteAllText(stackFile, exported.Replace("#   b2b:", "  b2b:", StringComparison.Ordinal).Replace("#     - ", "    - ", StringComparison.Ordinal));
        var confirmed = await CliRunner.RunAsync(folder.Path, "plan");
        Assert.True(confirmed.ExitCode == 0, confirmed.All);
        Assert.DoesNotContain("B2B2012", confirmed.All, StringComparison.Ordinal);
        Assert.DoesNotContain("B2B1024", confirmed.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAStackCannotDeclareIsLeftOutAndSaidSo()
    {
        await using var tenant = await TenantFixture.StartAsync();
        tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse("""
            {
              "displayName": "Partners only, none named",
              "state": "disabled",
              "conditions": {
                "clientAppTypes": ["all"],
                "applications": { "includeApplications": ["All"] },
                "users": { "includeGuestsOrExternalUsers": { "guestOrExternalUserTypes": "b2bCollaborationGuest", "externalTenants": { "membershipKind": "enumerated", "members": [] } } }
              },
              "grantControls": { "operator": "OR", "builtInControls": ["mfa"] }
            }
            """)!.AsObject());
        using var folder = EmptyFolder.Create();

        var export = await CliRunner.RunAsync(folder.Path, "export", "--tenant-id", TenantFixture.TenantId, "--graph-url", tenant.GraphUrl);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.True(export.Stderr.Contains("warning B2B1033: Left out of the export: conditionalAccessPolicy 'Partners only, none named'", StringComparison.Ordinal), export.All);
        var exported = File.ReadAllText(Path.Combine(folder.Path, "Pulumi.dev.yaml"));
        Assert.StartsWith("# Left out by reconciler export", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("displayName: Partners only", exported, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "validate")).ExitCode);
    }

    [Fact]
    public async Task AnExistingStackIsNeverOverwritten()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var before = File.ReadAllText(stack.StackFile);

        var export = await tenant.RunAsync(stack, "export", "--tenant-id", TenantFixture.TenantId);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.Equal(before, File.ReadAllText(stack.StackFile));
        Assert.Contains("megan@northwind.example", export.Stdout, StringComparison.Ordinal);
    }

    private static int Writes(TenantFixture tenant) =>
        tenant.Tenant.Requests.Entries.Count(r => r.Method is "POST" or "PATCH" or "DELETE" && !r.PathAndQuery.Contains("$batch", StringComparison.Ordinal) && !r.PathAndQuery.Contains("evaluate", StringComparison.Ordinal));

    /// <summary>A folder with nothing in it, as a new user's would be.</summary>
    private sealed class EmptyFolder : IDisposable
    {
        private EmptyFolder(string path) => Path = path;

        public string Path { get; }

        public static EmptyFolder Create() => new(Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reconciler-tests", Guid.NewGuid().ToString("n"))).FullName);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
