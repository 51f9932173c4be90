using System.Text.Json;

namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>
/// One value to write for a property: <see cref="Json"/> is its JSON text, or null to leave the property out.
/// <see cref="Throws"/> marks values the SDK refuses with an exception (an enum that is not a string, a number that is not an int).
/// </summary>
internal sealed record Variant(string? Json, bool Throws = false)
{
    public static readonly Variant Missing = new((string?)null);
}

/// <summary>The values worth writing for each shape: valid ones, odd ones (case, spaces, numbers, unknowns) and every wrong JSON type.</summary>
internal static class Variants
{
    /// <summary>A list of every JSON type: the SDK keeps its strings, and refuses it outright where it wants enums.</summary>
    private const string Mixed = """["a",1,null,true,{},[]]""";

    private static readonly string[] WrongTypes = ["\"text\"", "\"\"", "7", "-1.5", "true", "false", "{}", """{"x":1}""", "[]", Mixed];

    public static IReadOnlyList<Variant> Of(Shape shape) =>
    [
        Variant.Missing,
        new("null"),
        .. Specific(shape),
        .. WrongTypes.Select(json => new Variant(json, Throws: Refused(shape, json))),
    ];

    private static bool Refused(Shape shape, string json) => shape switch
    {
        Choice { Kind: ChoiceKind.List } => json == Mixed,
        Choice => json[0] != '"',
        Number => json == "-1.5",
        _ => false,
    };

    /// <summary>The values a tenant would send, to fill documents.</summary>
    public static IReadOnlyList<Variant> Valid(Shape shape) => shape switch
    {
        Text => [Quote("Guests need MFA"), Quote("9b3c1e2a-0d4f-4a8b-9c6d-1e2f3a4b5c6d")],
        Flag => [new("true"), new("false")],
        Number => [new("1"), new("12")],
        Moment => [Quote("2024-05-01T10:00:00Z"), Quote("2024-05-01T10:00:00.1234567+02:00")],
        Texts => [new("""["All"]"""), new("""["GuestsOrExternalUsers","9b3c1e2a-0d4f-4a8b-9c6d-1e2f3a4b5c6d"]""")],
        Literal literal => [.. literal.Values.Select(Quote)],
        Choice { Kind: ChoiceKind.List } choice => [.. choice.Tokens.Select(t => new Variant(Array(t))), new(Array([.. choice.Tokens.Take(3)]))],
        Choice choice => [.. choice.Tokens.Select(Quote)],
        _ => [],
    };

    private static IEnumerable<Variant> Specific(Shape shape) => shape switch
    {
        Text => [.. Valid(shape), Quote("Ünïcødé ☃"), new("\"a\\u0062c\"")],
        Flag => [.. Valid(shape), Quote("true"), new("1"), new("0")],
        Number => [.. new[] { "0", "-1", "90", "2147483647", "-2147483648", "-0", "1e2", "1E0" }.Select(n => new Variant(n)),
            .. new[] { "2147483648", "1.0", "1.5", "1e10" }.Select(n => new Variant(n, Throws: true)), Quote("5")],
        Moment => [.. Valid(shape), .. Dates.Select(Quote)],
        Texts => [.. Valid(shape), new("[null]"), new("""["",""]"""), new("""[["a"],{"a":"b"},"b"]""")],
        Literal literal => [.. Valid(shape), .. literal.Values.Select(v => Quote(v.ToUpperInvariant())), Quote("#microsoft.graph.somethingElse")],
        Choice { Kind: ChoiceKind.Single } choice => [.. Valid(shape), .. Odd(choice).Select(Quote)],
        Choice { Kind: ChoiceKind.Flags } choice => [.. Valid(shape), .. Odd(choice).Select(Quote), Quote(string.Join(",", choice.Tokens)),
            Quote($"{choice.Tokens[0]},{choice.Tokens[0]}"), Quote($"{choice.Tokens[0]},,{choice.Tokens[^1]}"), Quote(","), Quote($"{choice.Tokens[0]},")],
        Choice choice => [.. Valid(shape), new(Array([.. choice.Tokens])), new(Array(["zzz", choice.Tokens[0], "", "42"])), new($"""[null,"{choice.Tokens[0]}"]"""),
            new(Array([.. Odd(choice)])), new("[5]", Throws: true), new("""["mfa",{}]""", Throws: true), new("""[true]""", Throws: true)],
        Node node => [new("{}"), new(Documents.Write(node, Documents.AllValid))],
        Nodes nodes => [new("[null,\"x\",5,{}]"), new($"[{Documents.Write(nodes.Item, Documents.AllValid)},{Documents.Write(nodes.Item, Documents.AllValid)}]")],
        _ => [],
    };

    /// <summary>What a careless or newer service might send for an enum: another case, spaces, numbers, several at once, unknowns.</summary>
    private static IEnumerable<string> Odd(Choice choice) =>
    [
        .. choice.Tokens.Select(t => t.ToUpperInvariant()),
        .. choice.Names,
        $" {choice.Tokens[0]} ",
        $"{choice.Tokens[0]}, {choice.Tokens[^1]}",
        "zzz", "0", "1", "42", "-1", "unknownFutureValue", "UnknownFutureValue",
    ];

    private static readonly string[] Dates =
    [
        "2024-05-01", "2024-05-01T10:00:00", "2024-05-01 10:00", "2024-05-01T10:00:00+0200", "05/01/2024", "01/05/2024 10:00:00 +01:00",
        "Wed, 01 May 2024 10:00:00 GMT", "2024-05-01T10:00:00.123456789Z", "2024-02-30T10:00:00Z", "9999-12-31T23:59:59Z", "nope", " 2024-05-01T10:00:00Z ",
        "2024-05-01T10:00:00-08:00", "2024-05-01T10:00:00.1234567890123+14:00",
    ];

    public static Variant Quote(string text) => new(JsonSerializer.Serialize(text));

    private static string Array(params string[] tokens) => JsonSerializer.Serialize(tokens);
}
