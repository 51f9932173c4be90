using System.Net;
using Markdig;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// A markdown report as a pull-request comment would show it: GFM through Markdig's advanced extensions (tables,
/// alerts, task lists, autolinks), GitHub's markdown CSS for what decides width (tables scroll inside themselves, code
/// breaks at spaces, long words break), in a column as wide as a comment's content. A script opens every
/// <c>&lt;details&gt;</c> and writes what overflows into the page, for the test to read back from the DOM. Mermaid
/// blocks are drawn as GitHub draws them, scaled to the column, when the mermaid bundle is installed.
/// </summary>
internal static partial class GitHubCommentPage
{
    /// <summary>The content width of a comment on a pull request's conversation tab, in CSS pixels.</summary>
    public const int CommentWidth = 780;

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string Html(string title, string markdown) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
          html, body { margin: 0; padding: 0; background: #fff; }
          .markdown-body { box-sizing: border-box; width: {{CommentWidth}}px; padding: 0 0 16px; color: #1f2328;
            font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
            font-size: 14px; line-height: 1.5; word-wrap: break-word; }
          .markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; line-height: 1.25; }
          .markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body blockquote, .markdown-body details { margin: 0 0 16px; }
          .markdown-body ul { padding-left: 2em; }
          .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
          .markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
          .markdown-body th { font-weight: 600; }
          .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
          .markdown-body code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
            font-size: 85%; padding: .2em .4em; margin: 0; white-space: break-spaces; background: rgba(129,139,152,.12); border-radius: 6px; }
          .markdown-body blockquote, .markdown-body .markdown-alert { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
          .markdown-body .markdown-alert-caution { border-left-color: #cf222e; }
          .markdown-body .markdown-alert-warning { border-left-color: #9a6700; }
          .markdown-body .markdown-alert-title { font-weight: 500; color: #cf222e; }
          .markdown-body sub { font-size: 75%; }
          .markdown-body summary { cursor: pointer; }
          .markdown-body pre.mermaid { margin: 0 0 16px; background: none; }
          .markdown-body pre.mermaid svg { max-width: 100%; height: auto; }
          #measure { display: none; }
        </style></head>
        <body><article class="markdown-body">
        {{WithDiagrams(Markdown.ToHtml(markdown, Gfm))}}
        </article>
        <pre id="measure"></pre>
        {{(Mermaid.Bundle is { } bundle ? $"<script src=\"{new Uri(bundle).AbsoluteUri}\"></script>" : "")}}
        <script>
          (async () => {
          for (const d of document.querySelectorAll('details')) d.open = true;
          if (window.mermaid) {
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            try { await mermaid.run({ querySelector: 'pre.mermaid' }); } catch (e) { /* a parse error is the mermaid test's to report */ }
          }
          {{OverflowScript.Measure(".markdown-body *")}}
          })();
        </script>
        </body></html>
        """;

    /// <summary>
    /// GitHub draws a mermaid block instead of showing its code; without the bundle, the block is left out of the
    /// measurement. Markdig's diagram extension (part of the advanced extensions) writes the block as
    /// <c>&lt;pre class="mermaid"&gt;</c>; without that extension it would be a <c>language-mermaid</c> code block.
    /// </summary>
    private static string WithDiagrams(string html) => MermaidCode().Replace(html, match =>
        Mermaid.Bundle is null ? "<p>(a mermaid diagram)</p>" : $"<pre class=\"mermaid\">{match.Groups[1].Value}{match.Groups[2].Value}</pre>");

    [System.Text.RegularExpressions.GeneratedRegex("<pre class=\"mermaid\">(.*?)</pre>|<pre><code class=\"language-mermaid\">(.*?)</code></pre>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MermaidCode();
}
