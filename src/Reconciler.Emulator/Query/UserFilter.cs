using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Query;

/// <summary>
/// The $filter subset Graph supports on users and the reconciler needs: eq, ne, not, in, ge, le (on strings),
/// startsWith, endsWith, and/or, parentheses, and otherMails/any(x:x eq '...'). String comparison is case-insensitive, as in Graph.
/// </summary>
internal sealed class UserFilter
{
    private static readonly string[] Filterable =
    [
        "id", "userType", "mail", "userPrincipalName", "otherMails", "externalUserState", "accountEnabled",
        "creationType", "displayName", "givenName", "surname",
    ];

    private readonly List<Token> _tokens;
    private int _at;

    private UserFilter(string text) => _tokens = FilterTokenizer.Tokenize(text);

    /// <summary>The first operator that needs advanced query parameters (ne, not, endsWith), if any.</summary>
    public string? AdvancedOperator { get; private set; }

    public static (Func<JsonObject, bool> Predicate, string? AdvancedOperator) Parse(string text)
    {
        var parser = new UserFilter(text);
        var predicate = parser.ParseOr();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw Syntax($"unexpected '{parser.Peek.Value}'");
        }
        return (predicate, parser.AdvancedOperator);
    }

    private Token Peek => _tokens[_at];
    private Token Next() => _tokens[_at++];
    private bool IsWord(string word) => Peek.Kind == TokenKind.Word && string.Equals(Peek.Value, word, StringComparison.OrdinalIgnoreCase);

    private Func<JsonObject, bool> ParseOr()
    {
        var left = ParseAnd();
        while (IsWord("or"))
        {
            Next();
            var (l, r) = (left, ParseAnd());
            left = u => l(u) || r(u);
        }
        return left;
    }

    private Func<JsonObject, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (IsWord("and"))
        {
            Next();
            var (l, r) = (left, ParseUnary());
            left = u => l(u) && r(u);
        }
        return left;
    }

    private Func<JsonObject, bool> ParseUnary()
    {
        if (IsWord("not"))
        {
            Next();
            AdvancedOperator ??= "not";
            var inner = ParseUnary();
            return u => !inner(u);
        }
        return ParsePrimary();
    }

    private Func<JsonObject, bool> ParsePrimary()
    {
        if (Peek.Kind == TokenKind.Open)
        {
            Next();
            var inner = ParseOr();
            Expect(TokenKind.Close);
            return inner;
        }
        var word = Expect(TokenKind.Word).Value;
        if (word.Equals("startsWith", StringComparison.OrdinalIgnoreCase) || word.Equals("endsWith", StringComparison.OrdinalIgnoreCase))
        {
            return ParseStringFunction(word);
        }
        if (word.EndsWith("/any", StringComparison.OrdinalIgnoreCase))
        {
            return ParseAny(Property(word[..^4]));
        }
        var property = Property(word);
        var op = Expect(TokenKind.Word).Value.ToLowerInvariant();
        return op switch
        {
            "eq" => Compare(property, ReadLiteral()),
            "ne" => Negate(Compare(property, ReadLiteral()), "ne"),
            "in" => ParseIn(property),
            "ge" => Order(property, ReadLiteral(), c => c >= 0),
            "le" => Order(property, ReadLiteral(), c => c <= 0),
            _ => throw new FilterException($"Operator '{op}' is not supported.", unsupported: true),
        };
    }

    private Func<JsonObject, bool> Negate(Func<JsonObject, bool> inner, string op)
    {
        AdvancedOperator ??= op;
        return u => !inner(u);
    }

    private Func<JsonObject, bool> ParseStringFunction(string name)
    {
        Expect(TokenKind.Open);
        var property = Property(Expect(TokenKind.Word).Value);
        Expect(TokenKind.Comma);
        var prefix = Expect(TokenKind.Text).Value;
        Expect(TokenKind.Close);
        if (name.Equals("endsWith", StringComparison.OrdinalIgnoreCase))
        {
            AdvancedOperator ??= "endsWith";
            return u => Values(u, property).Any(v => v is string s && s.EndsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }
        return u => Values(u, property).Any(v => v is string s && s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private Func<JsonObject, bool> ParseAny(string property)
    {
        Expect(TokenKind.Open);
        var variable = Expect(TokenKind.Word).Value;
        Expect(TokenKind.Colon);
        if (!string.Equals(Expect(TokenKind.Word).Value, variable, StringComparison.Ordinal) || !IsWord("eq"))
        {
            throw Syntax("lambda must look like x:x eq 'value'");
        }
        Next();
        var literal = ReadLiteral();
        Expect(TokenKind.Close);
        return u => Values(u, property).Any(v => Same(v, literal));
    }

    private Func<JsonObject, bool> ParseIn(string property)
    {
        Expect(TokenKind.Open);
        var options = new List<object?> { ReadLiteral() };
        while (Peek.Kind == TokenKind.Comma)
        {
            Next();
            options.Add(ReadLiteral());
        }
        Expect(TokenKind.Close);
        return u => Values(u, property).Any(v => options.Any(o => Same(v, o)));
    }

    private static Func<JsonObject, bool> Compare(string property, object? literal) =>
        literal is null
            ? u => u[property] is null
            : u => Values(u, property).Any(v => Same(v, literal));

    /// <summary>ge and le on a string, ignoring case as the other comparisons do; a user without the value never matches.</summary>
    private static Func<JsonObject, bool> Order(string property, object? literal, Func<int, bool> holds) =>
        literal is string bound
            ? u => Values(u, property).Any(v => v is string s && holds(string.Compare(s, bound, StringComparison.OrdinalIgnoreCase)))
            : throw Syntax("ge and le compare with a string");

    private object? ReadLiteral()
    {
        var token = Next();
        if (token.Kind == TokenKind.Text)
        {
            return token.Value;
        }
        return token.Kind != TokenKind.Word ? throw Syntax("literal expected") : token.Value.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => token.Value,
        };
    }

    private static IEnumerable<object?> Values(JsonObject user, string property)
    {
        var node = user[property];
        if (node is JsonArray array)
        {
            return array.Select(Scalar);
        }
        return [Scalar(node)];
    }

    private static object? Scalar(JsonNode? node) => node is JsonValue v
        ? v.TryGetValue<string>(out var s) ? s : v.TryGetValue<bool>(out var b) ? b : v.ToString()
        : null;

    private static bool Same(object? value, object? literal) => (value, literal) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        (bool a, bool b) => a == b,
        (null, null) => true,
        _ => false,
    };

    private static string Property(string name) =>
        Filterable.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FilterException($"Unsupported or invalid query filter clause specified for property '{name}' of resource 'User'.", unsupported: true);

    private Token Expect(TokenKind kind) =>
        Peek.Kind == kind ? Next() : throw Syntax($"expected {kind} but found '{Peek.Value}'");

    private static FilterException Syntax(string detail) => new($"Invalid filter clause: {detail}.", unsupported: false);
}
