using System.Text;

namespace Reconciler.Reporting.Html;

/// <summary>
/// The one self-contained file an HTML report is: inline CSS, no script, no font, image or link fetched from anywhere
/// (a Content-Security-Policy says so to the browser too), system fonts, and markup a screen reader can walk:
/// <c>lang</c>, one <c>h1</c> for the verdict, an <c>h2</c> per section, tables with header cells and scopes.
/// </summary>
public static class HtmlPage
{
    private const string Style = """
        :root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --weak: #cf222e; --weak-bg: #ffebe9;
          --strong: #1a7f37; --warn: #9a6700; --warn-bg: #fff8c5; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 1200px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h3 { font-size: 1.05em; margin: 20px 0 8px; }
        h2 { font-size: 1.25em; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        .meta { color: var(--muted); margin: 0 0 16px; overflow-wrap: anywhere; }
        code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: #f6f8fa; padding: 0 4px; border-radius: 4px; overflow-wrap: anywhere; }
        .alert { border-left: 6px solid var(--weak); background: var(--weak-bg); padding: 8px 16px; margin: 12px 0; }
        .alert.warning { border-left-color: var(--warn); background: var(--warn-bg); }
        .alert strong:first-child { margin-right: 4px; }
        .table { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #f6f8fa; }
        th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
        tr.weakens td, tr.weakens th { background: var(--weak-bg); }
        .effect-weakens { color: var(--weak); font-weight: 600; }
        .effect-strengthens { color: var(--strong); }
        details { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; margin: 8px 0; }
        details.weakens { border-color: var(--weak); border-left-width: 6px; }
        summary { cursor: pointer; font-weight: 600; overflow-wrap: anywhere; }
        ul { padding-left: 1.5em; }
        li { overflow-wrap: anywhere; }
        figure { margin: 8px 0 16px; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 0.9em; }
        .bar { display: inline-block; height: 0.9em; background: var(--muted); vertical-align: middle; margin-right: 6px; }
        """;

    public static string Render(string title, string verdict, string meta, IEnumerable<string> alerts, IEnumerable<HtmlSection> sections)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{HtmlText.Encode(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>{HtmlText.Encode(verdict)}</h1>\n<p class=\"meta\">{meta}</p>\n");
        foreach (var alert in alerts)
        {
            html.Append(alert).Append('\n');
        }

        foreach (var section in sections)
        {
            html.Append($"<section id=\"{section.Id}\" aria-labelledby=\"{section.Id}-heading\">\n<h2 id=\"{section.Id}-heading\">{HtmlText.Encode(section.Heading)}</h2>\n{section.Body}</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>An alert says what it is in words ("Caution:"), not only by its colour.</summary>
    public static string Alert(string label, string body, bool warning = false) =>
        $"<div class=\"alert{(warning ? " warning" : "")}\" role=\"note\"><p><strong>{HtmlText.Encode(label)}:</strong> {body}</p></div>";
}
