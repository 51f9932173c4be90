using System.Collections.Immutable;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Tree;

/// <summary>
/// A JSON-like value with the position it was written at. YAML stack files and Pulumi's JSON config both
/// become this tree, so one binder validates both.
/// </summary>
public abstract record ConfigNode(SourceLocation Location)
{
    /// <summary>How the value is named in a "must be X, not Y" message.</summary>
    public abstract string KindName { get; }
}

public sealed record ConfigObject(SourceLocation Location, ImmutableArray<ConfigProperty> Properties) : ConfigNode(Location)
{
    public override string KindName => "a mapping";

    public ConfigNode? this[string key] => Properties.FirstOrDefault(p => p.Key == key)?.Value;
}

public sealed record ConfigProperty(string Key, SourceLocation KeyLocation, ConfigNode Value);

public sealed record ConfigArray(SourceLocation Location, ImmutableArray<ConfigNode> Items) : ConfigNode(Location)
{
    public override string KindName => "a list";
}

public enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A string, number, boolean or null, kept as its source text.</summary>
public sealed record ConfigScalar(SourceLocation Location, string Text, ScalarKind Kind) : ConfigNode(Location)
{
    public override string KindName => Kind switch
    {
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Null => "null",
        _ => "a string",
    };
}

/// <summary>Pulumi's <c>{secure: v1:...}</c>: an encrypted value. The ciphertext is kept out of the tree so it can never be printed.</summary>
public sealed record ConfigSecure(SourceLocation Location) : ConfigNode(Location)
{
    public override string KindName => "a secret";
}
