using System.Text.RegularExpressions;
using Reconciler.Core.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Evidence;
using Reconciler.Reporting.Html;

namespace Reconciler.Core.Tests.Reports;

/// <summary>The HTML report's markup: text stays text, and the page is one file a screen reader can walk.</summary>
public partial class HtmlReportTests
{
    [Fact]
    public void ANameThatLooksLikeMarkupIsText()
    {
        var policy = Some.MfaPolicy("enabled");
        var stack = Some.Stack([Some.Guest()], [policy with { Body = policy.Body with { DisplayName = "<script>alert('x')</script> & <img src=x onerror=y>" } }], Some.CrossTenant());
        var live = Some.Tenant();

        var html = new HtmlRenderer().Render(ReportBuilder.Plan(Planner.Plan(stack, live, PlanOptions.Default), stack, live));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageIsSelfContainedAndLabelled()
    {
        var live = Some.Tenant();
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());

        var html = new HtmlRenderer().Render(ReportBuilder.Plan(Planner.Plan(stack, live, PlanOptions.Default), stack, live));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Plan: ", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Effect</th>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Caution:</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void TheEvidencePageLeadsWithTheVerdictAndChartsTheSignIns()
    {
        var report = new EvidenceCommandReport(new ReportHeader("dev", Some.TenantId, "Contoso", ReadScope.Full), new PlanSummary(0, 2, 0), SomeEvidence.Report(), [], []);

        var html = EvidenceReportRenderer.Render(report, ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{HtmlText.Encode(report.Evidence.Verdict)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("The change judged: 0 to add, 2 to change, 0 to remove.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"evidence-chart-title evidence-chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">Sign-ins</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APlanWithEvidenceHasBothChartsAndNoIdTwice()
    {
        var plan = ReportScenarios.PlanWithEveryActionKind() with { Evidence = SomeEvidence.Report() };

        var html = new HtmlRenderer().Render(plan);

        Assert.Contains("<h2 id=\"evidence-heading\">Evidence</h2>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sign-in-impact-chart-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"evidence-chart-title\"", html, StringComparison.Ordinal);
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();
}
