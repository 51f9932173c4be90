using Reconciler.Testing.Baselines;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// Golden files of what a reviewer reads in a pull request, made through the CLI against the local tenant: a plan
/// that creates a lot, a blocked plan, and drift that weakens guest access, each as text, as markdown and as the text content of its HTML.
/// </summary>
public class ReviewedReportBaselineTests
{
    public static TheoryData<string> Names() => [.. ReviewedReports.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task TheReportReadsAsItsGoldenFiles(string name)
    {
        var (text, markdown, html) = await ReviewedReports.RenderAsync(name);

        Baseline.Matches(text, $"reports/{name}.txt");
        Baseline.Matches(markdown, $"reports/{name}.md");
        // The page's words, in reading order; its markup is checked in a browser (HtmlInBrowserTests).
        Baseline.Matches(HtmlTextContent.Of(html), $"reports/{name}.html.txt");
    }

    public static TheoryData<string> EvidenceNames() => [.. ReviewedReports.EvidenceNames];

    [Theory]
    [MemberData(nameof(EvidenceNames))]
    public async Task TheEvidencePageReadsAsItsGoldenFile(string name) =>
        Baseline.Matches(HtmlTextContent.Of(await ReviewedReports.RenderEvidenceHtmlAsync(name)), $"reports/{name}.html.txt");
}
