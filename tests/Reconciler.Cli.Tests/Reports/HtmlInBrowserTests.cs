using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// The HTML reports of the sample plan, the sample drift, a plan that creates a lot and the two evidence pages, opened in headless Chromium
/// as a person opens the artifact: no console message (a script error, or anything the page's Content-Security-Policy
/// refused to load), nothing wider than a 1280 px window with every section unfolded, and a screenshot of each in
/// artifacts/reports/.
/// </summary>
public partial class HtmlInBrowserTests
{
    private const int Width = 1280;

    public static TheoryData<string> Names() => [.. ReviewedReports.HtmlNames, .. ReviewedReports.EvidenceNames];

    [ChromiumTheory]
    [MemberData(nameof(Names))]
    public async Task TheHtmlReportOpensCleanAndFitsTheWindow(string name)
    {
        var html = ReviewedReports.EvidenceNames.Contains(name) ? await ReviewedReports.RenderEvidenceHtmlAsync(name) : (await ReviewedReports.RenderAsync(name)).Html;
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "reports"));
        var page = Path.Combine(folder.FullName, $"{name}.report.html");
        File.WriteAllText(page, html);

        var console = await Chromium.ConsoleAsync(page, Width, 1000);
        var measure = await MeasureAsync(html, Path.Combine(folder.FullName, $"{name}.report.measure.html"));
        await Chromium.RunAsync(page, Width, Math.Clamp((int)measure["height"]!, 200, 16_000), $"--screenshot={Path.Combine(folder.FullName, $"{name}.report.png")}");

        Assert.True(console.Count == 0, $"{name}: the page logged to its console:\n{string.Join("\n", console)}");
        Assert.True((int)measure["scrollWidth"]! <= Width, $"{name} is {measure["scrollWidth"]} px wide in a {Width} px window");
        Assert.True(measure["wide"]!.AsArray().Count == 0, $"{name} overflows the window:\n{string.Join("\n", measure["wide"]!.AsArray())}");
        Assert.DoesNotMatch(Script(), html);
    }

    /// <summary>
    /// A check that cannot fail is no check: a page that writes an error to its console must be caught, and so must
    /// a report that reaches for the network, which the report's own Content-Security-Policy refuses out loud.
    /// </summary>
    [ChromiumTheory]
    [InlineData("", "<script>console.error('the report broke')</script>")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", "<img alt=\"\" src=\"https://tracker.example/pixel.png\">")]
    public async Task AConsoleErrorIsCaught(string head, string body)
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("reconciler-page-").FullName, "console.html");
        File.WriteAllText(page, Page(body, head));

        var console = await Chromium.ConsoleAsync(page, Width, 600);

        Assert.NotEmpty(console);
        Directory.Delete(Path.GetDirectoryName(page)!, recursive: true);
    }

    /// <summary>A check that cannot fail is no check: a block wider than the window must be caught.</summary>
    [ChromiumTheory]
    [InlineData("<div style=\"width: 1600px\">wide</div>")]
    [InlineData("<details><summary>folded</summary><pre>" + "x" + "</pre><div style=\"width: 1500px\">hidden until unfolded</div></details>")]
    public async Task ContentWiderThanTheWindowIsCaught(string body)
    {
        var folder = Directory.CreateTempSubdirectory("reconciler-page-").FullName;

        var measure = await MeasureAsync(Page(body), Path.Combine(folder, "wide.html"));

        Assert.True((int)measure["scrollWidth"]! > Width || measure["wide"]!.AsArray().Count > 0);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A copy of the page with a measuring script (and without the policy that would refuse it), every details open.</summary>
    private static async Task<JsonNode> MeasureAsync(string html, string copy)
    {
        File.WriteAllText(copy, Csp().Replace(html, "").Replace("</body>", MeasureScript + "</body>", StringComparison.Ordinal));
        var dom = await Chromium.RunAsync(copy, Width, 1000, "--dump-dom");
        var match = MeasureElement().Match(dom);
        Assert.True(match.Success, "the page's script wrote no measurement:\n" + dom[..Math.Min(dom.Length, 2000)]);
        return JsonNode.Parse(WebUtility.HtmlDecode(match.Groups[1].Value))!;
    }

    private static readonly string MeasureScript = $"""
        <pre id="measure" hidden></pre>
        <script>
          for (const d of document.querySelectorAll('details')) d.open = true;
        {OverflowScript.Measure("body *")}
        </script>
        """;

    private static string Page(string body, string head = "") =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">{head}<title>check</title></head><body>{body}</body></html>\n";

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")]
    private static partial Regex Csp();

    [GeneratedRegex("<pre id=\"measure\"[^>]*>(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex MeasureElement();

    /// <summary>The report needs no script, and has no inline handler (<c>onclick=</c>) or external source.</summary>
    [GeneratedRegex("<script|\\son[a-z]+\\s*=|\\ssrc\\s*=|href\\s*=\\s*\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    private static string RepositoryRoot([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
