using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

/// <summary>The JSON report gives values as JSON values, redacted like the words, and locations as parts.</summary>
public class JsonValueTests
{
    private static JsonNode Plan(PlanReport report) => JsonNode.Parse(new JsonRenderer().Render(report))!;

    private static JsonNode PolicyTypes(JsonNode plan) => plan["actions"]!.AsArray()
        .Single(a => (string?)a!["resourceType"] == "conditionalAccessPolicy" && (string?)a["kind"] == "update")!["properties"]!.AsArray()
        .Single(p => ((string)p!["path"]!).EndsWith("guestOrExternalUserTypes", StringComparison.Ordinal))!;

    [Fact]
    public void AListIsAnArrayWithTheItemsItGainsAndLoses()
    {
        var types = PolicyTypes(Plan(ReportScenarios.PlanWithEveryActionKind()));

        Assert.IsType<JsonArray>(types["declared"]);
        Assert.IsType<JsonArray>(types["live"]);
        Assert.Equal(["b2bCollaborationMember"], types["added"]!.AsArray().Select(n => (string)n!));
        Assert.Empty(types["removed"]!.AsArray());
    }

    [Fact]
    public void ASwitchIsABoolean()
    {
        var partner = Plan(ReportScenarios.PlanWithEveryActionKind())["actions"]!.AsArray().First(a => (string?)a!["resourceType"] == "crossTenantAccessPartner")!;

        Assert.True((bool)partner["properties"]![0]!["declared"]!);
    }

    [Fact]
    public void EmailsInsideJsonValuesAreRedactedToo()
    {
        var row = new PropertyRow("conditions.users.includeUsers", """["alex@fabrikam.example"]""", "[]")
        {
            Values = new(new JsonArray("alex@fabrikam.example", "b0000000-0000-0000-0000-00000000b001"), new JsonArray()),
        };
        var plan = ReportScenarios.InSync() with { Actions = [new ActionRow(ChangeKind.Update, ResourceType.ConditionalAccessPolicy, "p", null, [row])] };

        var json = new JsonRenderer().Render(new Redactor(Encoding.UTF8.GetBytes("a test key, never a real one")).Redact(plan));

        Assert.DoesNotContain("@", json, StringComparison.Ordinal);
        Assert.Contains("b0000000-0000-0000-0000-00000000b001", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ALocationIsFileLineAndColumn()
    {
        var diagnostic = ReportBuilder.Row(new Diagnostic("B2B1010", DiagnosticSeverity.Warning, "Unknown key.", new SourceLocation("Pulumi.dev.yaml", 3, 5)));
        var drift = ReportScenarios.InSync().Drift with { Diagnostics = [diagnostic] };

        var location = JsonNode.Parse(new JsonRenderer().Render(drift))!["diagnostics"]![0]!["location"]!;

        Assert.Equal(("Pulumi.dev.yaml", 3, 5), ((string)location["file"]!, (int)location["line"]!, (int)location["column"]!));
    }
}
