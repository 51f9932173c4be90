using Reconciler.Testing.Baselines;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// Golden files of what a reviewer reads in a pull request, made through the CLI against the local tenant: a plan
/// that creates a lot, a blocked plan, and drift that weakens guest access, each as text and as markdown.
/// </summary>
public class ReviewedReportBaselineTests
{
    public static TheoryData<string> Names() => [.. ReviewedReports.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task TheReportReadsAsItsGoldenFiles(string name)
    {
        var (text, markdown) = await ReviewedReports.RenderAsync(name);

        Baseline.Matches(text, $"reports/{name}.txt");
        Baseline.Matches(markdown, $"reports/{name}.md");
    }
}
