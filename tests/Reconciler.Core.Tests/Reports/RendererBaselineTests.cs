using Reconciler.Core.Tests.Support;
using Reconciler.Reporting;
using Reconciler.Testing.Baselines;

namespace Reconciler.Core.Tests.Reports;

public class RendererBaselineTests
{
    public static TheoryData<ReportFormat> Formats() => [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AnInSyncTenantReadsAsOneReassuringVerdict(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.InSync().Drift), $"in-sync.drift.{Extension(format)}");

    [Theory]
    [MemberData(nameof(Formats))]
    public void AnEmptyPlanSaysThereIsNothingToDo(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.InSync()), $"in-sync.plan.{Extension(format)}");

    [Theory]
    [MemberData(nameof(Formats))]
    public void EachKindOfDriftIsShownWithItsPropertiesUnmanagedObjectsAndDiagnostics(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.DriftReport()), $"drifted.drift.{Extension(format)}");

    [Theory]
    [MemberData(nameof(Formats))]
    public void APlanShowsEveryActionKindSafetyAndSignInImpact(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.PlanWithEveryActionKind()), $"every-action.plan.{Extension(format)}");

    [Theory]
    [MemberData(nameof(Formats))]
    public void IgnoredPathsAreNamedAndWeakeningUnmanagedObjectsLead(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(ReportScenarios.IgnoredAndWeakeningUnmanaged()), $"ignored-and-weakening.drift.{Extension(format)}");

    [Fact]
    public void ADestroyResetsTheDefaultAndRemovesWhatTheStackDeclares() =>
        Baseline.Matches(new TextRenderer().Render(ReportScenarios.Destroy()), "destroy.plan.txt");

    [Theory]
    [MemberData(nameof(Formats))]
    public void ARedactedPlanHidesEveryEmail(ReportFormat format) =>
        Baseline.Matches(ReportRenderers.For(format).Render(new Redactor("a test key, never a real one"u8.ToArray()).Redact(ReportScenarios.PlanWithEveryActionKind())), $"redacted.plan.{Extension(format)}");

    [Fact]
    public void ColourIsOnlyWrittenWhenAsked()
    {
        var report = ReportScenarios.PlanWithEveryActionKind();

        Assert.DoesNotContain("\u001b[", new TextRenderer().Render(report));
        Assert.Contains("\u001b[32m+ guest", new TextRenderer(colour: true).Render(report));
    }

    private static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Json => "json",
        _ => "txt",
    };
}
