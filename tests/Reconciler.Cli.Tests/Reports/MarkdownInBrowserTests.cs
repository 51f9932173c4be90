using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// The golden markdown reports rendered as a pull-request comment in headless Chromium at a comment's width: nothing
/// may be wider than the column, and no table may need a scroll bar (GitHub cuts a wide table off at the right
/// edge). Screenshots of each go to artifacts/reports/ for a person to look at.
/// </summary>
public partial class MarkdownInBrowserTests
{
    public static TheoryData<string> Names() => [.. ReviewedReports.Names];

    [ChromiumTheory]
    [MemberData(nameof(Names))]
    public async Task TheGoldenMarkdownFitsAPullRequestComment(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(Baselines(), "reports", $"{name}.md"));
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "reports"));
        var page = Path.Combine(folder.FullName, $"{name}.html");
        File.WriteAllText(page, GitHubCommentPage.Html(name, markdown));

        var measure = Measure(await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, 1000, "--dump-dom"));
        var height = Math.Min((int)measure["height"]!, 16_000);
        await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, height, $"--screenshot={Path.Combine(folder.FullName, $"{name}.png")}");

        Assert.True((int)measure["scrollWidth"]! <= (int)measure["viewport"]!, $"{name} is {measure["scrollWidth"]} px wide in a {measure["viewport"]} px comment");
        Assert.True(measure["wide"]!.AsArray().Count == 0, $"{name} overflows the comment:\n{string.Join("\n", measure["wide"]!.AsArray())}");
    }

    /// <summary>A check that cannot fail is no check: a table of long unbroken values must be caught.</summary>
    [ChromiumTheory]
    [InlineData("| Property | Declared | Live |\n|---|---|---|\n| `conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes` | `[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\"]` | `[\"internalGuest\"]` |\n")]
    public async Task AWideTableIsCaught(string markdown)
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("reconciler-page-").FullName, "wide.html");
        File.WriteAllText(page, GitHubCommentPage.Html("wide", markdown));

        var measure = Measure(await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, 600, "--dump-dom"));

        Assert.NotEmpty(measure["wide"]!.AsArray());
        Directory.Delete(Path.GetDirectoryName(page)!, recursive: true);
    }

    /// <summary>Each mermaid block of a golden report parses and draws, at a comment's width, as GitHub would draw it.</summary>
    [MermaidTheory]
    [MemberData(nameof(Names))]
    public async Task TheGoldenMermaidDiagramsRender(string name)
    {
        var blocks = MermaidPage.Blocks(File.ReadAllText(Path.Combine(Baselines(), "reports", $"{name}.md")));
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "reports"));
        var page = Path.Combine(folder.FullName, $"{name}.mermaid.html");
        File.WriteAllText(page, MermaidPage.Html(name, blocks, Mermaid.Bundle!));

        var measure = Measure(await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, 1000, "--dump-dom"));
        var diagrams = measure["diagrams"]!.AsArray();
        var height = Math.Clamp((int)measure["height"]!, 100, 16_000);
        await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, height, $"--screenshot={Path.Combine(folder.FullName, $"{name}.mermaid.png")}");

        Assert.Equal(blocks.Count, diagrams.Count);
        Assert.All(diagrams, d => Assert.True((bool)d!["ok"]!, $"{name}: mermaid could not draw a diagram: {d["error"]}"));
        // Drawn wider than the column, GitHub scales a diagram down; past half size its words are too small to read.
        Assert.All(diagrams, d => Assert.True((int)d!["naturalWidth"]! <= 2 * GitHubCommentPage.CommentWidth, $"{name}: a diagram is {d["naturalWidth"]} px wide, too small to read scaled to a comment"));
    }

    /// <summary>A check that cannot fail is no check: a diagram mermaid cannot parse must be caught.</summary>
    [MermaidTheory]
    [InlineData("flowchart LR\n  a[\"unclosed] --> b\n")]
    [InlineData("flowchart LR\n  a --> \n  --> b[\"x\"]\n")]
    public async Task AMermaidSyntaxErrorIsCaught(string diagram)
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("reconciler-page-").FullName, "broken.html");
        File.WriteAllText(page, MermaidPage.Html("broken", [diagram], Mermaid.Bundle!));

        var measure = Measure(await Chromium.RunAsync(page, GitHubCommentPage.CommentWidth, 600, "--dump-dom"));

        Assert.False((bool)measure["diagrams"]![0]!["ok"]!);
        Directory.Delete(Path.GetDirectoryName(page)!, recursive: true);
    }

    private static JsonNode Measure(string dom)
    {
        var match = MeasureElement().Match(dom);
        Assert.True(match.Success, "the page's script wrote no measurement:\n" + dom[..Math.Min(dom.Length, 2000)]);
        return JsonNode.Parse(WebUtility.HtmlDecode(match.Groups[1].Value))!;
    }

    [GeneratedRegex("<pre id=\"measure\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex MeasureElement();

    private static string Baselines([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "Baselines");

    private static string RepositoryRoot([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
