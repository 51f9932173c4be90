namespace Reconciler.Cli.Tests.Support;

/// <summary>
/// A stack that enables a report-only block of legacy clients, and a tenant whose sign-in log says the block would
/// have failed ten of Alex's sign-ins: the evidence scenarios and the blocked evidence report start from it.
/// </summary>
internal static class LegacyBlockTenant
{
    public const string Stack = """
        config:
          azuread:tenantId: 0f4e6c1a-0000-4000-8000-000000000001
          b2b:breakGlassAccounts:
            - breakglass@contoso.example
          b2b:guests:
            - email: alex@fabrikam.example
          b2b:conditionalAccessPolicies:
            - displayName: Block guests on legacy clients
              state: enabled
              conditions:
                clientAppTypes: [exchangeActiveSync, other]
                applications:
                  includeApplications: [All]
                users:
                  includeGuestsOrExternalUsers:
                    guestOrExternalUserTypes: [b2bCollaborationGuest]
                    externalTenants:
                      membershipKind: all
                  excludeUsers:
                    - breakglass@contoso.example
              grantControls:
                operator: OR
                builtInControls: [block]
        """;

    /// <summary>
    /// The policy report-only, and ten days of Alex signing in twice a day to Exchange Online, every second time with
    /// IMAP: ten sign-ins the block would have failed (reportOnlyFailure), ten it does not apply to.
    /// </summary>
    public static async Task<string> SeedAsync()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"reconciler-evidence-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(seed, """
            {
              "users": [
                { "id": "6a1d0c1e-1b5a-4d5e-9f7a-000000000b01", "displayName": "Break Glass", "mail": "breakglass@contoso.example",
                  "userPrincipalName": "breakglass@contoso.onmicrosoft.com", "userType": "Member", "accountEnabled": true },
                { "id": "7c2e5b10-4a9d-4c61-8e3b-000000000a01", "displayName": "Alex Wilber", "mail": "alex@fabrikam.example",
                  "userPrincipalName": "alex_fabrikam.example#EXT#@contoso.onmicrosoft.com", "userType": "Guest",
                  "creationType": "Invitation", "externalUserState": "Accepted", "accountEnabled": true }
              ],
              "conditionalAccessPolicies": [
                { "displayName": "Block guests on legacy clients", "state": "enabledForReportingButNotEnforced",
                  "conditions": {
                    "clientAppTypes": ["exchangeActiveSync", "other"],
                    "applications": { "includeApplications": ["All"] },
                    "users": {
                      "includeGuestsOrExternalUsers": { "guestOrExternalUserTypes": "b2bCollaborationGuest",
                        "externalTenants": { "@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all" } },
                      "excludeUsers": ["6a1d0c1e-1b5a-4d5e-9f7a-000000000b01"] } },
                  "grantControls": { "operator": "OR", "builtInControls": ["block"] } }
              ],
              "tenantInformation": [
                { "tenantId": "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "displayName": "Fabrikam", "defaultDomainName": "fabrikam.example" }
              ],
              "signInSchedule": {
                "days": 10,
                "users": [
                  { "userId": "7c2e5b10-4a9d-4c61-8e3b-000000000a01", "perDay": 2,
                    "apps": [{ "appId": "00000002-0000-0ff1-ce00-000000000000", "appDisplayName": "Office 365 Exchange Online" }],
                    "clients": [{ "clientAppUsed": "Browser", "operatingSystem": "Windows 10" }, { "clientAppUsed": "IMAP4", "operatingSystem": "Windows 10" }] }
                ]
              }
            }
            """);
        return seed;
    }
}
