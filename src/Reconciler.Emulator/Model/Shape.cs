using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Model;

/// <summary>
/// A tiny schema language for the policy resources. One description drives three things Graph does:
/// reject unknown names and wrong types, fill unset values (lists become [], the rest null), and keep
/// property order stable on the wire.
/// </summary>
internal abstract record Shape
{
    /// <summary>Left out of responses when nobody set it (newer properties older SDKs may not know).</summary>
    public bool OmitWhenUnset { get; init; }

    /// <summary>Server-owned: accepted on input (clients echo GET results) but ignored.</summary>
    public bool ReadOnly { get; init; }
}

internal sealed record Scalar(JsonValueKind Kind) : Shape;

internal sealed record EnumOf(params string[] Values) : Shape;

/// <summary>Flags enum: one comma-separated string on the wire, e.g. "internalGuest,b2bCollaborationGuest".</summary>
internal sealed record FlagsOf(params string[] Values) : Shape;

internal sealed record ListOf(Shape Item) : Shape;

/// <summary>Accepted as any JSON object and kept verbatim (e.g. authenticationStrength, device filters).</summary>
internal sealed record AnyObject : Shape;

/// <summary>
/// A name only Graph beta knows. Beta exports carry it, mostly as null, and older v1.0 answers echoed some of them
/// (<c>times: null</c>); a null or empty value is accepted and dropped, a real value is refused as v1.0 refuses it.
/// </summary>
internal sealed record BetaOnly : Shape;

internal sealed record ObjectOf(string Name, params (string Name, Shape Shape)[] Properties) : Shape
{
    public Shape? Find(string name) => Properties.FirstOrDefault(p => p.Name == name).Shape;
}

internal static class Shapes
{
    public static readonly Scalar Text = new(JsonValueKind.String);
    public static readonly Scalar Bool = new(JsonValueKind.True);
    public static readonly Scalar Int = new(JsonValueKind.Number);
    public static readonly ListOf Strings = new(Text);
}
