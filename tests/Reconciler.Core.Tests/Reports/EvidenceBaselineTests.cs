using Reconciler.Core.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Evidence;
using Reconciler.Testing.Baselines;

namespace Reconciler.Core.Tests.Reports;

public class EvidenceBaselineTests
{
    public static TheoryData<ReportFormat> Formats() => RendererBaselineTests.Formats();

    [Theory]
    [MemberData(nameof(Formats))]
    public void APlanWithEvidenceLeadsItsEvidenceWithTheVerdict(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.InSync() with { Evidence = SomeEvidence.Report() }), $"evidence.plan.{Extension(format)}");

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheEvidenceCommandShowsTheChangeItJudgesAndTheFindings(ReportFormat format)
    {
        var report = new EvidenceCommandReport(
            new ReportHeader("dev", Some.TenantId, "Contoso", ReadScope.Full),
            new PlanSummary(0, 2, 0),
            SomeEvidence.Report(),
            [new SafetyRow("B2B2501", "warning", "Policy 'Block legacy clients' would have failed 2 sign-ins.", null, false, false)],
            []);

        Baseline.Matches(EvidenceReportRenderer.Render(report, format), $"evidence.evidence.{Extension(format)}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EvidenceThatCouldNotBeReadSaysWhy(ReportFormat format)
    {
        var failure = ReportBuilder.Row(Reconciler.Model.Diagnostics.EvidenceDiagnostics.SignInLogLicenceMissing());

        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.InSync() with { Evidence = EvidenceReport.Unavailable(30, ReadScope.Full, 1, failure) }), $"evidence-unavailable.plan.{Extension(format)}");
    }

    [Fact]
    public void RedactedEvidenceNamesNoGuest()
    {
        var redacted = new Redactor("a test key, never a real one"u8.ToArray()).Redact(ReportScenarios.InSync() with { Evidence = SomeEvidence.Report() });

        var text = new TextRenderer().Render(redacted);

        Assert.DoesNotContain("@partner.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alex@", text, StringComparison.Ordinal);
    }

    private static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Json => "json",
        _ => "txt",
    };
}
