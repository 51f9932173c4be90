using System.Text.Json.Nodes;
using Reconciler.Testing.Properties;

namespace Reconciler.Cli.Tests.Fidelity.Lossless;

/// <summary>
/// One modelled leaf of one kind, set to its table sample on an object of its own (the default, a singleton, holds every
/// leaf at once), and how to find that object again in the other tenant.
/// </summary>
internal sealed record LosslessCase(string Kind, string Path, JsonNode Sample, string Key, bool Ordered)
{
    public override string ToString() => $"{Kind}:{Path}";
}

/// <summary>The objects of a kind that make its leaves' cases, built from the table: one base, a context per block, each sample.</summary>
internal sealed class LosslessKind(string kind, Func<int, JsonObject> baseObject, string keyPath, IReadOnlyDictionary<string, JsonObject> contexts)
{
    public string Kind => kind;

    /// <summary>Per-path adjustments where one sample cannot fit every place a type is used.</summary>
    public Func<string, JsonNode, JsonNode> Adjust { get; init; } = (_, sample) => sample;

    public IEnumerable<(LosslessCase Case, JsonObject Object)> Cases()
    {
        var resource = PropertyTable.Kinds.Single(k => k.GraphName == kind);
        var leaves = PropertyTable.RoundTripLeaves(resource);
        for (var i = 0; i < leaves.Count; i++)
        {
            var (path, row) = leaves[i];
            var obj = Prepared(baseObject(i), path);
            var sample = Adjust(path, row.SampleValue!);
            if (JsonPaths.Same(JsonPaths.Get(obj, path), sample))
            {
                throw new InvalidOperationException($"{kind}:{path}: the sample is what the object holds anyway, so the round trip would prove nothing.");
            }

            JsonPaths.Set(obj, path, sample);
            var key = (string)JsonPaths.Get(obj, keyPath)!;
            yield return (new LosslessCase(kind, path, sample, key, row.Name == "primaryIdentityProviderPrecedenceOrder"), obj);
        }
    }

    /// <summary>
    /// The base with, for each block on the way to the leaf and for the leaf itself, what it needs beside it to be valid
    /// (a filter's rule beside its mode, a guest type beside external tenants...), merged into its parent. A context is
    /// keyed by the end of the path it applies to (<c>signInFrequency.value</c>, <c>authenticationStrength</c>).
    /// </summary>
    private JsonObject Prepared(JsonObject obj, string path)
    {
        var segments = path.Split('.');
        for (var depth = 0; depth < segments.Length; depth++)
        {
            var at = string.Join('.', segments[..(depth + 1)]);
            foreach (var (_, context) in contexts.Where(c => at == c.Key || at.EndsWith("." + c.Key, StringComparison.Ordinal)))
            {
                var parentPath = string.Join('.', segments[..depth]);
                if (depth > 0 && JsonPaths.Get(obj, parentPath) is not JsonObject)
                {
                    JsonPaths.Set(obj, parentPath, new JsonObject());
                }

                JsonPaths.Merge(depth == 0 ? obj : (JsonObject)JsonPaths.Get(obj, parentPath)!, context);
            }
        }

        return obj;
    }
}
