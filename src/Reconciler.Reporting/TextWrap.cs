namespace Reconciler.Reporting;

/// <summary>
/// Wraps one value to a width with a hanging indent, breaking only after a separator (a comma, a space), never inside
/// a token: an id or an email cut in two cannot be copied, and a terminal that wraps by itself cuts anywhere.
/// </summary>
public static class TextWrap
{
    /// <summary>Continuation lines hang under the value, or eight columns in when the prefix leaves too little room.</summary>
    public static string Hanging(string prefix, string value, int? width)
    {
        if (width is not { } limit || prefix.Length + value.Length <= limit)
        {
            return prefix + value;
        }

        var indent = prefix.Length <= limit / 2 ? prefix.Length : 8;
        var lines = new List<string>();
        var line = prefix;
        foreach (var piece in Pieces(value))
        {
            if (line.Length > indent && line.Length + piece.TrimEnd().Length > limit)
            {
                lines.Add(line.TrimEnd());
                line = new string(' ', indent);
            }

            line += line.Length == indent && lines.Count > 0 ? piece.TrimStart() : piece;
        }

        lines.Add(line.TrimEnd());
        return string.Join('\n', lines);
    }

    /// <summary>The value cut after each comma and before each space, so that joining the pieces gives it back.</summary>
    private static IEnumerable<string> Pieces(string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == ',' || (value[i] == ' ' && i > start))
            {
                var end = value[i] == ',' ? i + 1 : i;
                yield return value[start..end];
                start = end;
            }
        }

        if (start < value.Length)
        {
            yield return value[start..];
        }
    }
}
