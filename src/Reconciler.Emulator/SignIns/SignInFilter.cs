using System.Globalization;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// The <c>$filter</c> subset of <c>GET /auditLogs/signIns</c> the local tenant serves: <c>createdDateTime</c> with
/// <c>ge</c>, <c>gt</c>, <c>le</c>, <c>lt</c> and <c>eq</c>; <c>userId</c> and <c>appId</c> with <c>eq</c>; joined by
/// <c>and</c> and <c>or</c>, in parentheses. The signIn docs list only <c>eq</c> for <c>userId</c>, so <c>in</c> is
/// refused as an unsupported query rather than guessed.
/// </summary>
internal static class SignInFilter
{
    public static Func<SignInRecord, bool> Parse(string text)
    {
        var tokens = FilterTokenizer.Tokenize(text);
        var at = 0;
        var predicate = Or(tokens, ref at);
        if (tokens[at].Kind != TokenKind.End)
        {
            throw new FilterException($"Invalid filter clause: unexpected '{tokens[at].Value}'.", unsupported: false);
        }
        return predicate;
    }

    /// <summary>
    /// The earliest time a match can have, when the filter ANDs a <c>createdDateTime ge</c> (or <c>gt</c>) at its top
    /// level: the log is kept newest first, so a page stops reading there instead of at the oldest sign-in.
    /// </summary>
    public static long? Since(string text)
    {
        var tokens = FilterTokenizer.Tokenize(text);
        var depth = 0;
        long? since = null;
        for (var at = 0; tokens[at].Kind != TokenKind.End; at++)
        {
            depth += tokens[at].Kind switch { TokenKind.Open => 1, TokenKind.Close => -1, _ => 0 };
            if (depth > 0)
            {
                continue;
            }
            if (IsWord(tokens[at], "or"))
            {
                return null;
            }
            if (IsWord(tokens[at], "createdDateTime") && (IsWord(tokens[at + 1], "ge") || IsWord(tokens[at + 1], "gt")))
            {
                var next = at + 2;
                since = DateTimeLiteral(tokens, ref next);
            }
        }
        return since;
    }

    private static Func<SignInRecord, bool> Or(List<Token> tokens, ref int at)
    {
        var left = And(tokens, ref at);
        while (IsWord(tokens[at], "or"))
        {
            at++;
            var right = And(tokens, ref at);
            var l = left;
            left = s => l(s) || right(s);
        }
        return left;
    }

    private static Func<SignInRecord, bool> And(List<Token> tokens, ref int at)
    {
        var left = Term(tokens, ref at);
        while (IsWord(tokens[at], "and"))
        {
            at++;
            var right = Term(tokens, ref at);
            var l = left;
            left = s => l(s) && right(s);
        }
        return left;
    }

    private static Func<SignInRecord, bool> Term(List<Token> tokens, ref int at)
    {
        if (tokens[at].Kind == TokenKind.Open)
        {
            at++;
            var inner = Or(tokens, ref at);
            Expect(tokens, ref at, TokenKind.Close);
            return inner;
        }

        var field = Word(tokens, ref at);
        var op = Word(tokens, ref at).ToLowerInvariant();
        if (op is not ("eq" or "ge" or "gt" or "le" or "lt"))
        {
            throw new FilterException($"Unsupported operator '{op}' for property '{field}' of resource 'SignIn'.", unsupported: true);
        }
        return field.ToLowerInvariant() switch
        {
            "createddatetime" => Time(op, DateTimeLiteral(tokens, ref at)),
            "userid" => Equal(op, field, Text(tokens, ref at), s => s.UserId),
            "appid" => Equal(op, field, Text(tokens, ref at), s => s.AppId),
            _ => throw new FilterException($"Unsupported or invalid query filter clause specified for property '{field}' of resource 'SignIn'.", unsupported: true),
        };
    }

    private static Func<SignInRecord, bool> Time(string op, long ticks) => op switch
    {
        "ge" => s => s.Ticks >= ticks,
        "gt" => s => s.Ticks > ticks,
        "le" => s => s.Ticks <= ticks,
        "lt" => s => s.Ticks < ticks,
        "eq" => s => s.Ticks == ticks,
        _ => throw new FilterException($"Unsupported operator '{op}' for property 'createdDateTime'.", unsupported: true),
    };

    private static Func<SignInRecord, bool> Equal(string op, string field, string value, Func<SignInRecord, string?> of) =>
        op == "eq"
            ? s => string.Equals(of(s), value, StringComparison.OrdinalIgnoreCase)
            : throw new FilterException($"Unsupported operator '{op}' for property '{field}': only eq is supported.", unsupported: true);

    /// <summary>An unquoted ISO 8601 time; the tokenizer splits it at its colons, so the pieces are joined again.</summary>
    private static long DateTimeLiteral(List<Token> tokens, ref int at)
    {
        var text = Word(tokens, ref at);
        while (tokens[at].Kind == TokenKind.Colon && tokens[at + 1].Kind == TokenKind.Word)
        {
            text += ":" + tokens[at + 1].Value;
            at += 2;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcTicks
            : throw new FilterException($"Invalid filter clause: '{text}' is not a date and time.", unsupported: false);
    }

    private static string Text(List<Token> tokens, ref int at) =>
        tokens[at].Kind == TokenKind.Text
            ? tokens[at++].Value
            : throw new FilterException("Invalid filter clause: a quoted value is expected.", unsupported: false);

    private static string Word(List<Token> tokens, ref int at) =>
        tokens[at].Kind == TokenKind.Word
            ? tokens[at++].Value
            : throw new FilterException($"Invalid filter clause: unexpected '{tokens[at].Value}'.", unsupported: false);

    private static void Expect(List<Token> tokens, ref int at, TokenKind kind)
    {
        if (tokens[at].Kind != kind)
        {
            throw new FilterException($"Invalid filter clause: unexpected '{tokens[at].Value}'.", unsupported: false);
        }
        at++;
    }

    private static bool IsWord(Token token, string word) =>
        token.Kind == TokenKind.Word && string.Equals(token.Value, word, StringComparison.OrdinalIgnoreCase);
}
