namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>One property as written: its name (possibly not the shape's) and JSON value.</summary>
internal sealed record Written(string Name, string Json);

/// <summary>
/// Writes JSON documents of a shape. A chooser decides, per property path (<c>conditions.users.includeUsers</c>), what to
/// write in its place: nothing, one value, the same name twice, or extra names beside it; null keeps the first valid value.
/// </summary>
internal static class Documents
{
    public delegate IReadOnlyList<Written>? Chooser(string path, Field field);

    public static readonly Chooser AllValid = (_, _) => null;

    public static string Write(Node node, Chooser choose, string prefix = "")
    {
        var properties = node.Fields.SelectMany(field =>
            choose(prefix + field.Name, field) ?? [new Written(field.Name, Value(field, choose, prefix + field.Name + "."))]);
        return "{" + string.Join(",", properties.Select(p => $"{Variants.Quote(p.Name).Json}:{p.Json}")) + "}";
    }

    private static string Value(Field field, Chooser choose, string prefix) => field.Shape switch
    {
        Node node => Write(node, choose, prefix),
        Nodes nodes => $"[{Write(nodes.Item, choose, prefix)}]",
        var shape => Variants.Valid(shape)[0].Json!,
    };

    /// <summary>Every path in the shape, objects included, with its field.</summary>
    public static IEnumerable<(string Path, Field Field)> Paths(Node node, string prefix = "") =>
        node.Fields.SelectMany(field => new[] { (prefix + field.Name, field) }.Concat(field.Shape switch
        {
            Node inner => Paths(inner, prefix + field.Name + "."),
            Nodes nodes => Paths(nodes.Item, prefix + field.Name + "."),
            _ => [],
        }));

    /// <summary>
    /// A valid document changed in one place at a time: every variant of every property; the property twice (the later one
    /// null, unknown or an object); and the property beside an unknown one and beside its own name in another case.
    /// </summary>
    public static IEnumerable<(string Case, string Json)> OneChangeAtATime(Node root)
    {
        foreach (var (path, field) in Paths(root))
        {
            foreach (var variant in Variants.Of(field.Shape))
            {
                yield return ($"{path} = {variant.Json ?? "(missing)"}", Write(root, At(path, variant.Json is null ? [] : [new(field.Name, variant.Json)])));
            }
            var valid = Value(field, AllValid, path + ".");
            foreach (var second in new[] { "null", "\"zzz\"", "{}" })
            {
                yield return ($"{path} twice, then {second}", Write(root, At(path, [new(field.Name, valid), new(field.Name, second)])));
            }
            var upper = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            yield return ($"{path} beside {upper} and extra", Write(root, At(path, [new("extra", "{\"a\":[1]}"), new(upper, valid), new(field.Name, valid)])));
        }
    }

    /// <summary>
    /// Documents where every property rolls its own value: mostly valid, sometimes missing, null, odd, of a wrong type, twice,
    /// or beside an unknown name. Values the SDK refuses with an exception come only in every tenth document, so most compare data.
    /// </summary>
    public static IEnumerable<(string Case, string Json)> Random(Node root, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var refusable = i % 10 == 9;
            yield return ($"random #{i} of seed {seed}", Write(root, (path, field) => Roll(random, field, refusable, path)));
        }
    }

    private static IReadOnlyList<Written>? Roll(Random random, Field field, bool refusable, string path)
    {
        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            var valid = Variants.Valid(field.Shape);
            return valid.Count == 0 ? null : [new Written(field.Name, valid[random.Next(valid.Count)].Json!)];
        }
        var odd = Variants.Of(field.Shape).Where(v => refusable || !v.Throws).ToList();
        var one = odd[random.Next(odd.Count)];
        var written = one.Json is null ? [] : new List<Written> { new(field.Name, one.Json) };
        if (roll > 0.95)
        {
            written.Insert(0, new Written(field.Name, Value(field, AllValid, path + ".")));
        }
        else if (roll > 0.9)
        {
            written.Add(new Written("unknownProperty", odd[random.Next(odd.Count)].Json ?? "null"));
        }
        return written;
    }

    private static Chooser At(string target, IReadOnlyList<Written> written) => (path, _) => path == target ? written : null;
}
