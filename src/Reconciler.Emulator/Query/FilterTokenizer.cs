using System.Text;

namespace Reconciler.Emulator.Query;

internal enum TokenKind
{
    Word,
    Text,
    Open,
    Close,
    Comma,
    Colon,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Value);

/// <summary>Splits an OData $filter into words, 'quoted strings' ('' escapes a quote) and punctuation.</summary>
internal static class FilterTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            switch (c)
            {
                case '(': tokens.Add(new(TokenKind.Open, "(")); i++; continue;
                case ')': tokens.Add(new(TokenKind.Close, ")")); i++; continue;
                case ',': tokens.Add(new(TokenKind.Comma, ",")); i++; continue;
                case ':': tokens.Add(new(TokenKind.Colon, ":")); i++; continue;
                case '\'': tokens.Add(new(TokenKind.Text, ReadQuoted(text, ref i))); continue;
                default: break;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ',' or ':' or '\''))
            {
                i++;
            }
            tokens.Add(new(TokenKind.Word, text[start..i]));
        }
        tokens.Add(new(TokenKind.End, ""));
        return tokens;
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var sb = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    sb.Append('\'');
                    i += 2;
                    continue;
                }
                i++;
                return sb.ToString();
            }
            sb.Append(text[i++]);
        }
        throw new FilterException("Invalid filter clause: unterminated string literal.", unsupported: false);
    }
}

internal sealed class FilterException(string message, bool unsupported) : Exception(message)
{
    /// <summary>True for Request_UnsupportedQuery (valid syntax Graph refuses), false for a syntax error.</summary>
    public bool Unsupported { get; } = unsupported;
}
