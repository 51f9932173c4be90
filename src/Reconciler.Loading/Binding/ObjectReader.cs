using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Binding;

/// <summary>
/// Reads the keys of one mapping. Every key a binder asks for is known; <see cref="Finish"/> reports the rest
/// as unknown, with the closest known key as a suggestion.
/// </summary>
internal sealed class ObjectReader(Binding binding, ConfigObject node, string path)
{
    private readonly HashSet<string> _known = [];

    public Binding Binding => binding;

    public SourceLocation Location => node.Location;

    public string Path => path;

    /// <summary>Opens a mapping, or reports a wrong type and returns null.</summary>
    public static ObjectReader? Open(Binding binding, ConfigNode node, string path)
    {
        switch (node)
        {
            case ConfigObject obj:
                return new ObjectReader(binding, obj, path);
            case ConfigScalar { Kind: ScalarKind.Null }:
                return null;
            case ConfigSecure:
                binding.Report(InputDiagnostics.SecureValueNotAllowed(node.Location, path));
                return null;
            default:
                binding.Report(InputDiagnostics.WrongType(node.Location, path, "a mapping", node.KindName));
                return null;
        }
    }

    public static T? Bind<T>(Binding binding, ConfigNode node, string path, Func<ObjectReader, T?> bind)
        where T : class
    {
        if (Open(binding, node, path) is not { } reader)
        {
            return null;
        }

        var value = bind(reader);
        reader.Finish();
        return value;
    }

    public ConfigNode? Node(string key)
    {
        _known.Add(key);
        return node[key];
    }

    /// <summary>Accepts a key and ignores its value (e.g. <c>@odata.type</c> pasted from a Graph export).</summary>
    public void Ignore(string key) => _known.Add(key);

    public string KeyPath(string key) => $"{path}.{key}";

    public string? String(string key) => Node(key) is { } n ? binding.String(n, KeyPath(key)) : null;

    public bool? Bool(string key) => Node(key) is { } n ? binding.Bool(n, KeyPath(key)) : null;

    public int? Int(string key) => Node(key) is { } n ? binding.Int(n, KeyPath(key)) : null;

    public string? Enum(string key, Vocabulary vocabulary) => Node(key) is { } n ? binding.Enum(n, KeyPath(key), vocabulary) : null;

    public List<string>? Flags(string key, Vocabulary vocabulary) => Node(key) is { } n ? binding.Flags(n, KeyPath(key), vocabulary) : null;

    public List<string>? EnumList(string key, Vocabulary vocabulary) =>
        List(key, (item, itemPath) => binding.Enum(item, itemPath, vocabulary));

    public List<string>? Ids(string key, IdKind kind) => List(key, (item, itemPath) => binding.Id(item, itemPath, kind));

    public List<string>? Strings(string key) => List(key, binding.String);

    public List<T>? List<T>(string key, Func<ConfigNode, string, T?> item) => Node(key) is { } n ? binding.List(n, KeyPath(key), item) : null;

    public T? Object<T>(string key, Func<ObjectReader, T> bind)
        where T : class => Node(key) is { } n ? Bind(binding, n, KeyPath(key), bind) : null;

    /// <summary>A key that must be present and non-null; reports it missing at the mapping otherwise.</summary>
    public string? Required(string key, Func<string, string?> read)
    {
        var value = read(key);
        if (value is null && node[key] is null or ConfigScalar { Kind: ScalarKind.Null })
        {
            binding.Report(InputDiagnostics.RequiredKeyMissing(node.Location, path, key));
        }

        return value;
    }

    public void Finish()
    {
        foreach (var property in node.Properties.Where(p => !_known.Contains(p.Key)))
        {
            binding.Report(InputDiagnostics.UnknownKey(property.KeyLocation, path, property.Key, Spelling.Suggest(property.Key, _known)));
        }
    }
}
