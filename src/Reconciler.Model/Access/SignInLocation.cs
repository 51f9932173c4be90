namespace Reconciler.Model.Access;

/// <summary>
/// Where the sign-in comes from: a named location (whose trust may be known) or just trusted/untrusted.
/// </summary>
public sealed record SignInLocation(string? NamedLocationId, bool? IsTrusted)
{
    public static SignInLocation Trusted { get; } = new(null, true);

    public static SignInLocation Untrusted { get; } = new(null, false);

    public static SignInLocation Named(string namedLocationId, bool? isTrusted = null) => new(namedLocationId, isTrusted);

    /// <summary>Reads <c>trusted</c>, <c>untrusted</c> or a named-location id.</summary>
    public static SignInLocation Parse(string value) => value.ToLowerInvariant() switch
    {
        "trusted" => Trusted,
        "untrusted" => Untrusted,
        _ => Named(value),
    };

    public override string ToString() =>
        NamedLocationId ?? (IsTrusted == true ? "trusted" : IsTrusted == false ? "untrusted" : "unknown");
}
