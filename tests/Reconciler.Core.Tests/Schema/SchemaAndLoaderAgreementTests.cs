using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reconciler.Core.Tests.Support;
using Reconciler.Loading.Binding;

namespace Reconciler.Core.Tests.Schema;

/// <summary>
/// The schema editors complete from and the loader that reads the stack accept the same keys, in the same places:
/// a key the schema offers is never an unknown key (B2B1010), and a key the loader reads is never flagged by the editor.
/// </summary>
public class SchemaAndLoaderAgreementTests
{
    private const string UnknownKey = "B2B1010";
    private const string WrongType = "B2B1011";

    [Fact]
    public void EveryKeyTheSchemaListsIsReadByTheLoaderWithTheSchemasType()
    {
        var result = Stacks.Load(SchemaSample.Build().ToJsonString());

        Assert.Empty(result.Diagnostics.Where(d => d.Code is UnknownKey or WrongType).Select(d => d.ToString()));
    }

    [Fact]
    public void EveryKeyTheLoaderReadsIsListedInTheSchemaAtTheSamePlace()
    {
        var sample = SchemaSample.Build();
        var acceptedButMissing = new List<string>();
        foreach (var place in SchemaSample.Objects(sample, SchemaSample.Schema).ToList())
        {
            var probes = Candidates(place.Path).Except(place.SchemaKeys).ToList();
            probes.ForEach(key => place.Value[key] = "probe");

            var unknown = Stacks.Load(sample.ToJsonString()).Diagnostics.Where(d => d.Code == UnknownKey).Select(d => d.Message).ToList();
            acceptedButMissing.AddRange(probes.Where(key => !unknown.Any(m => m.Contains($"'{key}'", StringComparison.Ordinal))).Select(key => $"{place.Path}/{key}"));

            probes.ForEach(key => place.Value.Remove(key));
        }

        Assert.True(acceptedButMissing.Count == 0, "Read by the loader, missing from the schema:\n" + string.Join("\n", acceptedButMissing));
    }

    [Fact]
    public void TheSchemaListsExactlyTheProjectKeysTheLoaderKnows()
    {
        var schemaKeys = SchemaSample.Schema["properties"]!["config"]!["properties"]!.AsObject()
            .Select(p => p.Key).Where(k => k.StartsWith("b2b:", StringComparison.Ordinal)).Select(k => k["b2b:".Length..]);

        Assert.Equal(StackConfig.Keys.Order(), schemaKeys.Order());
    }

    /// <summary>
    /// Keys to try at a place: every word the loader's source spells as a string, and every key the schema names
    /// anywhere. Whether the loader accepts one is then asked of the loader itself.
    /// </summary>
    private static IEnumerable<string> Candidates(string path)
    {
        var words = LoaderWords.Value.Concat(SchemaWords(SchemaSample.Schema)).Distinct().ToList();
        return path == "/config" ? [.. words.Select(w => "b2b:" + w), .. words.Where(w => !w.Contains(':'))] : words;
    }

    private static readonly Lazy<IReadOnlyList<string>> LoaderWords = new(() =>
        Directory.EnumerateFiles(Path.Combine(Stacks.RepositoryRoot(), "src", "Reconciler.Loading"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !InFolder(file, "bin", "obj", "Export"))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\"(@?[A-Za-z][A-Za-z0-9.]*)\"").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList());

    /// <summary>The stack loader's sources: not the export (which writes stacks) and not build output.</summary>
    private static bool InFolder(string file, params string[] folders) =>
        file.Split(Path.DirectorySeparatorChar).Intersect(folders, StringComparer.Ordinal).Any();

    /// <summary>The names under every <c>properties</c> in the schema.</summary>
    private static IEnumerable<string> SchemaWords(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["properties"] is JsonObject properties ? properties.Select(p => p.Key) : []).Concat(obj.SelectMany(p => SchemaWords(p.Value))),
        JsonArray array => array.SelectMany(SchemaWords),
        _ => [],
    };
}
