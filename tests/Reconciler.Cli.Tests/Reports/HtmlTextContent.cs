using System.Net;
using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// An HTML report's text content, the same for the same page: the head and its style dropped, each block (heading,
/// paragraph, list item, table row, diagram step) on a line of its own, table cells joined by " | ", entities
/// decoded, spaces collapsed, empty lines dropped. What a golden file can hold and a person can review.
/// </summary>
internal static partial class HtmlTextContent
{
    public static string Of(string html)
    {
        var body = Head().Replace(html, "");
        body = Cell().Replace(body, " | ").Replace("</text>", " ", StringComparison.Ordinal);
        body = Block().Replace(body, "\n");
        body = Tag().Replace(body, "");
        var lines = WebUtility.HtmlDecode(body).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim().Trim('|').Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    [GeneratedRegex("<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("</t[dh]>")]
    private static partial Regex Cell();

    [GeneratedRegex("</?(p|h[1-6]|li|ul|tr|table|thead|tbody|div|details|summary|section|figure|figcaption|main|title|desc|g|br)\\b[^>]*>")]
    private static partial Regex Block();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
