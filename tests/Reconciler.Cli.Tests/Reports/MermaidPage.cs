using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// A page that renders every <c>mermaid</c> block of a markdown report with the mermaid bundle, at a comment's width,
/// the way GitHub draws them (scaled down to the column), and writes into the page, for the test to read from the
/// DOM, each diagram's parse error or its natural and drawn size.
/// </summary>
internal static partial class MermaidPage
{
    public static IReadOnlyList<string> Blocks(string markdown) =>
        [.. MermaidBlock().Matches(markdown.Replace("\r\n", "\n")).Select(m => m.Groups[1].Value)];

    public static string Html(string title, IReadOnlyList<string> diagrams, string bundle) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
          html, body { margin: 0; padding: 0; background: #fff; }
          .diagram { width: {{GitHubCommentPage.CommentWidth}}px; margin: 0 0 16px; }
          .diagram svg { max-width: 100%; height: auto; }
          #measure { display: none; }
        </style>
        <script src="{{new Uri(bundle).AbsoluteUri}}"></script></head>
        <body><main id="diagrams"></main>
        <script type="application/json" id="sources">{{JsonSerializer.Serialize(diagrams)}}</script>
        <pre id="measure"></pre>
        <script>
          (async () => {
            const results = [];
            try {
              mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
              const sources = JSON.parse(document.getElementById('sources').textContent);
              for (const [i, source] of sources.entries()) {
                try {
                  await mermaid.parse(source);
                  const { svg } = await mermaid.render('diagram' + i, source);
                  const box = document.createElement('div');
                  box.className = 'diagram';
                  box.innerHTML = svg;
                  document.getElementById('diagrams').append(box);
                  const drawn = box.querySelector('svg');
                  const viewBox = drawn.viewBox.baseVal;
                  results.push({ ok: true, naturalWidth: Math.round(viewBox.width), width: Math.round(drawn.getBoundingClientRect().width),
                    height: Math.round(drawn.getBoundingClientRect().height) });
                } catch (e) {
                  results.push({ ok: false, error: String((e && e.message) || e).slice(0, 500) });
                }
              }
            } catch (e) {
              results.push({ ok: false, error: 'mermaid did not load: ' + e });
            }
            document.getElementById('measure').textContent = JSON.stringify({ diagrams: results, height: document.documentElement.scrollHeight });
          })();
        </script>
        </body></html>
        """;

    [GeneratedRegex("^```mermaid\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex MermaidBlock();
}
