using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Binding;

/// <summary>
/// The diagnostics of one bind, and the checks shared by every value: each reports and returns null rather than
/// throwing, so one run shows every problem in the file.
/// </summary>
internal sealed class Binding
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Emails named by policies, checked once every guest and break-glass account is known.</summary>
    public List<UserReference> UserReferences { get; } = [];

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>The text of a scalar, or null (and a diagnostic) for a secret, list or mapping. YAML null is absent.</summary>
    public ConfigScalar? Scalar(ConfigNode node, string path, string expected)
    {
        switch (node)
        {
            case ConfigScalar { Kind: ScalarKind.Null }:
                return null;
            case ConfigScalar scalar:
                return scalar;
            case ConfigSecure:
                Report(InputDiagnostics.SecureValueNotAllowed(node.Location, path));
                return null;
            default:
                Report(InputDiagnostics.WrongType(node.Location, path, expected, node.KindName));
                return null;
        }
    }

    public string? String(ConfigNode node, string path) => Scalar(node, path, "a string")?.Text;

    public bool? Bool(ConfigNode node, string path)
    {
        var scalar = Scalar(node, path, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind == ScalarKind.Boolean || (scalar.Kind == ScalarKind.String && scalar.Text is "true" or "false"))
        {
            return string.Equals(scalar.Text, "true", StringComparison.OrdinalIgnoreCase);
        }

        Report(InputDiagnostics.WrongType(node.Location, path, "true or false", scalar.KindName));
        return null;
    }

    public int? Int(ConfigNode node, string path)
    {
        var scalar = Scalar(node, path, "a whole number");
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Text, out var value))
        {
            return value;
        }

        Report(InputDiagnostics.WrongType(node.Location, path, "a whole number", scalar.KindName));
        return null;
    }

    public string? Enum(ConfigNode node, string path, Vocabulary vocabulary) =>
        String(node, path) is { } text ? CheckEnum(text, node.Location, path, vocabulary) : null;

    public string? CheckEnum(string text, SourceLocation at, string path, Vocabulary vocabulary)
    {
        if (vocabulary.Contains(text))
        {
            return text;
        }

        Report(InputDiagnostics.UnknownValue(at, path, text, vocabulary.Values, Spelling.Suggest(text, vocabulary.Values)));
        return null;
    }

    /// <summary>An id, a token of <paramref name="kind"/>, or (for users) an email; anything else is reported.</summary>
    public string? Id(ConfigNode node, string path, IdKind kind)
    {
        if (String(node, path) is not { } text)
        {
            return null;
        }

        if (Formats.IsGuid(text) || kind.Tokens.Contains(text) || (kind.AllowsEmail && Formats.IsEmail(text)))
        {
            return text;
        }

        if (Spelling.Suggest(text, kind.Tokens) is { } token)
        {
            Report(InputDiagnostics.UnknownValue(node.Location, path, text, kind.Tokens, token));
        }
        else if (kind.AllowsEmail && text.Contains('@'))
        {
            Report(InputDiagnostics.MalformedEmail(node.Location, path, text));
        }
        else
        {
            Report(InputDiagnostics.MalformedGuid(node.Location, path, text));
        }

        return null;
    }

    public List<T>? List<T>(ConfigNode node, string path, Func<ConfigNode, string, T?> item)
    {
        if (node is ConfigScalar { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (node is not ConfigArray array)
        {
            Report(node is ConfigSecure
                ? InputDiagnostics.SecureValueNotAllowed(node.Location, path)
                : InputDiagnostics.WrongType(node.Location, path, "a list", node.KindName));
            return null;
        }

        var values = new List<T>();
        for (var i = 0; i < array.Items.Length; i++)
        {
            if (item(array.Items[i], $"{path}[{i}]") is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>A Graph flags enum: a YAML list, or Graph's own comma-separated string.</summary>
    public List<string>? Flags(ConfigNode node, string path, Vocabulary vocabulary)
    {
        if (node is ConfigScalar { Kind: ScalarKind.String } commaSeparated)
        {
            return [.. commaSeparated.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(part => CheckEnum(part, node.Location, path, vocabulary))
                .OfType<string>()];
        }

        return List(node, path, (item, itemPath) => Enum(item, itemPath, vocabulary));
    }
}
