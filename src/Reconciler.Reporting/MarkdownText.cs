using System.Text;

namespace Reconciler.Reporting;

/// <summary>
/// Escaping for every string a stack author or a tenant controls (names, emails, values, messages that quote them):
/// a policy named <c>[link](https://evil.example)</c> must read as text in a pull-request comment, not become a link,
/// an image, an HTML tag or a broken table.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Characters GFM gives meaning to inside a line (emphasis, code, links and images, tables, strikethrough). Ours
    /// never start a line, so list and heading markers need no escape; escaping brackets disarms links and images.
    /// </summary>
    private const string Special = "\\`*_[]|~";

    /// <summary>Plain text: every markdown and HTML character escaped, line breaks folded to spaces.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                text.Append(' ');
            }
            else if (c == '<')
            {
                text.Append("&lt;");
            }
            else if (c == '>')
            {
                text.Append("&gt;");
            }
            else if (c == '&')
            {
                text.Append("&amp;");
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A code span that holds any value: fenced with more backticks than the value's longest run, padded when the
    /// value starts or ends with one, and with pipes escaped so a table cell stays one cell. Outside a table GFM
    /// would show that backslash, so there (<paramref name="inTable"/> false) a pipe stays as it is.
    /// </summary>
    public static string Code(string value, bool inTable = true)
    {
        var flat = value.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
        flat = inTable ? flat.Replace("|", "\\|", StringComparison.Ordinal) : flat;
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{flat}{pad}{fence}";
    }
}
