using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Reconciler.Reporting;
using Reconciler.Testing.Reports;

namespace Reconciler.Core.Tests.Reports;

/// <summary>
/// The JSON reports keep the contract published in docs/schema/report.schema.json: every golden JSON report in the
/// repository (plan, drift, validation, whatif), every report scenario rendered now, and nothing the schema does not
/// describe. The CLI tests check every JSON report a command writes the same way (CliRunner).
/// </summary>
public class ReportSchemaTests
{
    public static TheoryData<string> GoldenReports() => [.. GoldenReportFiles()];

    [Theory]
    [MemberData(nameof(GoldenReports))]
    public void EveryGoldenJsonReportValidates(string file) =>
        AssertValid(File.ReadAllText(Path.Combine(RepositoryRoot(), file)), file);

    /// <summary>validate's JSON has no golden file: the CLI tests check it as they run validate --output json.</summary>
    [Fact]
    public void TheGoldenReportsCoverPlansDriftWhatIfAndEvidence()
    {
        var kinds = GoldenReportFiles().Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), f)))!["kind"]!.GetValue<string>()).ToHashSet();

        Assert.Equal(["drift", "evidence", "plan", "whatif"], kinds.Order());
    }

    [Fact]
    public void EveryReportScenarioValidatesAsRenderedNow()
    {
        var renderer = new JsonRenderer();
        var redactor = new Redactor("a test key, never a real one"u8.ToArray());
        AssertValid(renderer.Render(ReportScenarios.InSync()), "in-sync plan");
        AssertValid(renderer.Render(ReportScenarios.InSync().Drift), "in-sync drift");
        AssertValid(renderer.Render(ReportScenarios.DriftReport()), "drift");
        AssertValid(renderer.Render(ReportScenarios.PlanWithEveryActionKind()), "every action");
        AssertValid(renderer.Render(redactor.Redact(ReportScenarios.PlanWithEveryActionKind())), "redacted");
        AssertValid(renderer.Render(ReportScenarios.Destroy()), "destroy");
        AssertValid(renderer.Render(ReportScenarios.PlanWithEveryActionKind().Stamped("0123abc", DateTimeOffset.UnixEpoch)), "stamped");
    }

    [Fact]
    public void TheSchemaNamesTheVersionTheRendererWrites()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ReportSchema.RelativePath)))!;

        Assert.Equal(JsonReportDocument.CurrentSchemaVersion, schema["$defs"]!["plan"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>());
        Assert.Equal(JsonReportDocument.CurrentSchemaVersion, schema["$defs"]!["drift"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("location as one string", "/diagnostics/0/location", "\"Pulumi.dev.yaml(3,5)\"")]
    [InlineData("a field the schema does not describe", "/surprise", "true")]
    [InlineData("a kind it does not know", "/kind", "\"apply\"")]
    [InlineData("an outcome as prose", "/signInImpact/0/after", "\"blocked\"")]
    public void TheSchemaRejectsWhatTheContractRulesOut(string what, string pointer, string value)
    {
        var report = JsonNode.Parse(new JsonRenderer().Render(WithADiagnostic(ReportScenarios.PlanWithEveryActionKind())))!;
        var (parent, name) = Resolve(report, pointer);
        if (parent is JsonArray array)
        {
            array[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] = JsonNode.Parse(value);
        }
        else
        {
            parent[name] = JsonNode.Parse(value);
        }

        Assert.True(ReportSchema.Problems(report.ToJsonString()).Count > 0, $"The schema accepts {what}.");
    }

    private static PlanReport WithADiagnostic(PlanReport report) => report with
    {
        Drift = report.Drift with { Diagnostics = [new DiagnosticRow("B2B1010", "warning", "Unknown key.", "Pulumi.dev.yaml(3,5)")] },
    };

    private static (JsonNode Parent, string Name) Resolve(JsonNode root, string pointer)
    {
        var parts = pointer.Trim('/').Split('/');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        return (node, parts[^1]);
    }

    private static void AssertValid(string json, string what)
    {
        var problems = ReportSchema.Problems(json);
        Assert.True(problems.Count == 0, $"{what} does not match {ReportSchema.RelativePath}:\n{string.Join("\n", problems)}");
    }

    private static List<string> GoldenReportFiles() => [.. GoldenJsonFiles().Where(f => ReportSchema.IsReport(File.ReadAllText(f))).Select(Relative)];

    private static IEnumerable<string> GoldenJsonFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "tests"), "*.json", SearchOption.AllDirectories)
            .Where(f => f.Split(Path.DirectorySeparatorChar).Contains("Baselines") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot(), file).Replace('\\', '/');

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
