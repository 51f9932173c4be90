using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Loading;

/// <summary>Each B2B1xxx code that points into a stack file, triggered from stack text, at the line and column a person would look.</summary>
public class EveryInputDiagnosticTests
{
    private const string Policy =
        "b2b:conditionalAccessPolicies:\n- displayName: P\n  conditions:\n    applications: {includeApplications: [All]}\n    users: {includeUsers: [All]}\n";

    public static TheoryData<string, string, int, int> Cases => new()
    {
        { "B2B1001", "config:\n  azuread:tenantId: [unclosed\n", 3, 1 },
        { "B2B1006", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e]\n", 5, 36 },
        { "B2B1007", Stacks.WithConfig("b2b:graphUrl: local\nb2b:graphUrl: local"), 4, 3 },
        { "B2B1010", Stacks.WithConfig("b2b:guests:\n- email: a@b.example\n  displayname: A"), 5, 5 },
        { "B2B1011", Stacks.WithConfig("b2b:guests: alex@fabrikam.example"), 3, 15 },
        { "B2B1012", Stacks.WithConfig("b2b:guests:\n- displayName: A"), 4, 5 },
        { "B2B1013", "config:\n  b2b:graphUrl: local\n", 1, 1 },
        { "B2B1014", Stacks.WithConfig(Policy + "  state: Enabled\n  grantControls: {operator: OR, builtInControls: [mfa]}"), 8, 12 },
        { "B2B1015", Stacks.WithConfig("b2b:guests:\n- email: alex.fabrikam.example"), 4, 12 },
        { "B2B1016", Stacks.WithConfig("b2b:crossTenantAccess:\n  partners:\n  - tenantId: 3d1b2c4e-5f60"), 5, 17 },
        { "B2B1017", Stacks.WithConfig("b2b:graphUrl:\n  secure: v1:AAAA"), 4, 5 },
        { "B2B1018", Stacks.WithConfig("b2b:graphUrl: graph.microsoft.com"), 3, 17 },
        { "B2B1020", Stacks.WithConfig("b2b:guests:\n- email: alex@fabrikam.example\n- email: ALEX@fabrikam.example"), 5, 5 },
        { "B2B1021", Stacks.WithConfig(Policy + "  sessionControls: {disableResilienceDefaults: true}\n" + Policy[31..].Replace("displayName: P", "displayName: p", StringComparison.Ordinal) + "  sessionControls: {disableResilienceDefaults: true}"), 9, 5 },
        { "B2B1022", Stacks.WithConfig("b2b:crossTenantAccess:\n  partners:\n  - tenantId: 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\n  - tenantId: 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"), 6, 7 },
        { "B2B1023", Stacks.WithConfig($"b2b:crossTenantAccess:\n  partners:\n  - tenantId: {Stacks.TenantId}"), 5, 7 },
        { "B2B1024", Stacks.WithConfig(Policy.Replace("[All]}", "[All], excludeUsers: [megan@contoso.example]}", StringComparison.Ordinal) + "  grantControls: {operator: OR, builtInControls: [mfa]}"), 7, 51 },
        { "B2B1030", Stacks.WithConfig(Policy), 4, 5 },
        { "B2B1031", Stacks.WithConfig(Policy + "  grantControls:\n    operator: OR\n    builtInControls: [block, mfa]"), 9, 7 },
        { "B2B1032", Stacks.WithConfig(Policy + "  grantControls:\n    operator: OR\n    builtInControls: [mfa, passwordChange]"), 9, 7 },
        { "B2B1033", Stacks.WithConfig(Policy.Replace("{includeUsers: [All]}", "\n      includeGuestsOrExternalUsers:\n        guestOrExternalUserTypes: [b2bCollaborationGuest]\n        externalTenants: {membershipKind: enumerated}", StringComparison.Ordinal) + "  grantControls: {operator: OR, builtInControls: [mfa]}"), 10, 28 },
        { "B2B1034", Stacks.WithConfig(Policy.Replace("{includeUsers: [All]}", "\n      includeGuestsOrExternalUsers:\n        guestOrExternalUserTypes: b2bCollaborationGuest\n        externalTenants: {membershipKind: all, members: [3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d]}", StringComparison.Ordinal) + "  grantControls: {operator: OR, builtInControls: [mfa]}"), 10, 28 },
        { "B2B1035", Stacks.WithConfig("b2b:conditionalAccessPolicies:\n- displayName: P\n  conditions:\n    users: {includeUsers: [All]}\n  grantControls: {operator: OR, builtInControls: [mfa]}"), 6, 7 },
        { "B2B1036", Stacks.WithConfig("b2b:conditionalAccessPolicies:\n- displayName: P\n  conditions:\n    applications: {includeApplications: [All]}\n  grantControls: {operator: OR, builtInControls: [mfa]}"), 6, 7 },
        { "B2B1040", Stacks.WithConfig("b2b:guests:\n- email: a@b.example\n  ignoreChanges: [displayname]"), 5, 21 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void StackTextTriggersTheCodeAtItsPosition(string code, string stackYaml, int line, int column)
    {
        var result = Stacks.Load(stackYaml);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(("Pulumi.dev.yaml", line, column), (diagnostic.Location!.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
