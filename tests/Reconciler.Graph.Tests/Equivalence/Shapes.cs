using Reconciler.Graph.Mapping;

namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>The JSON shape of one property Graph sends: enough to write valid, odd and wrong values for it.</summary>
internal abstract record Shape;

internal sealed record Text : Shape;

internal sealed record Flag : Shape;

/// <summary>An int on the wire.</summary>
internal sealed record Number : Shape;

/// <summary>A date and time (<c>createdDateTime</c>).</summary>
internal sealed record Moment : Shape;

internal sealed record Texts : Shape;

/// <summary>One of a few fixed strings, such as the <c>@odata.type</c> names an SDK factory tells apart.</summary>
internal sealed record Literal(params string[] Values) : Shape;

internal enum ChoiceKind
{
    Single,
    List,
    Flags,
}

/// <summary>An SDK enum: its wire tokens and member names come from the SDK by reflection, so a new SDK's values are covered.</summary>
internal sealed record Choice(ChoiceKind Kind, IReadOnlyList<string> Tokens, IReadOnlyList<string> Names) : Shape
{
    public static Choice Of<T>(ChoiceKind kind)
        where T : struct, Enum =>
        new(kind, [.. Enum.GetValues<T>().Select(EnumTokens.Token)], Enum.GetNames<T>());
}

internal sealed record Node(params Field[] Fields) : Shape;

/// <summary>A list of objects (<c>targets</c>).</summary>
internal sealed record Nodes(Node Item) : Shape;

internal sealed record Field(string Name, Shape Shape);
