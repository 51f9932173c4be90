using System.Globalization;
using System.Text;

namespace Reconciler.Reporting;

/// <summary>
/// A markdown report as the sections it is built of, so that one too long for a pull-request comment is cut between
/// sections (a table row, an object's details), never inside one, and says what it left out and where the rest is.
/// What decides the review (the verdict, the alerts, the safety findings, the diagnostics) is never cut.
/// </summary>
internal sealed class MarkdownSections
{
    /// <summary>What a reader loses when an omittable section is cut: "1 row of the change table", "3 rows ...".</summary>
    public sealed record Part(string One, string Many);

    private sealed record Section(string Text, Part? Omittable);

    /// <summary>Room kept for the notice that says what was cut.</summary>
    private const int NoticeRoom = 700;

    private readonly List<Section> _sections = [];
    private int _noticeAt = -1;

    public void Keep(string text) => _sections.Add(new(text, null));

    public void Omittable(string text, Part part) => _sections.Add(new(text, part));

    /// <summary>Where the notice of a cut goes: near the top, where a reviewer reads first.</summary>
    public void NoticeHere() => _noticeAt = _sections.Count;

    public string Render(int limit, string? runUrl)
    {
        var whole = string.Concat(_sections.Select(s => s.Text));
        if (whole.Length <= limit)
        {
            return End(whole);
        }

        var budget = limit - NoticeRoom - _sections.Where(s => s.Omittable is null).Sum(s => s.Text.Length);
        var kept = new List<string>();
        var omitted = new List<Part>();
        var noticeIndex = 0;
        foreach (var (section, index) in _sections.Select((s, i) => (s, i)))
        {
            if (index == _noticeAt)
            {
                noticeIndex = kept.Count;
            }

            if (section.Omittable is null)
            {
                kept.Add(section.Text);
            }
            else if (omitted.Count == 0 && section.Text.Length <= budget)
            {
                kept.Add(section.Text);
                budget -= section.Text.Length;
            }
            else
            {
                // Once one section is cut, every later omittable one is too: the comment ends its lists early rather
                // than leaving holes in them.
                omitted.Add(section.Omittable);
            }
        }

        kept.Insert(noticeIndex, Notice(omitted, whole.Length, runUrl));
        return End(string.Concat(kept));
    }

    /// <summary>Sections end in a blank line; the report ends in one line break.</summary>
    private static string End(string markdown) => markdown.TrimEnd('\n') + "\n";

    private static string Notice(List<Part> omitted, int length, string? runUrl)
    {
        var lost = omitted.GroupBy(p => p).Select(g => $"{Number(g.Count())} {(g.Count() == 1 ? g.Key.One : g.Key.Many)}");
        var where = runUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? $"The whole report is in [this run's artifacts]({uri.AbsoluteUri})."
            : "The whole report is in the text or JSON report of the same run (`--out plan.txt`, `--out plan.json`).";
        return new StringBuilder()
            .Append("> [!WARNING]\n")
            .Append($"> This report is {Number(length)} characters, more than a pull-request comment holds ({Number(MarkdownRenderer.GitHubCommentLimit)}), so it is cut: it leaves out {string.Join(", ", lost)}. {where}\n\n")
            .ToString();
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
