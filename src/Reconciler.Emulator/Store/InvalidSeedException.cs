namespace Reconciler.Emulator.Store;

/// <summary>
/// A seed file the local tenant cannot take. The message names the object by its place and displayName; the parts
/// are kept apart too, so a caller can report them as fields.
/// </summary>
public sealed class InvalidSeedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Where the refused object sits in the file, e.g. <c>conditionalAccessPolicies[1]</c>; null for a whole-file problem.</summary>
    public string? Place { get; init; }

    /// <summary>The object's displayName (a partner's tenant id, a user's userPrincipalName when it has no name).</summary>
    public string? ObjectName { get; init; }

    /// <summary>The local tenant's answer in Graph's words, e.g. the "1007: ..." message a POST would get.</summary>
    public string? GraphError { get; init; }

    /// <summary>What kind of problem it is; <see cref="SeedRefusal.Refused"/> unless a group or role is at fault.</summary>
    public SeedRefusal Kind { get; init; } = SeedRefusal.Refused;

    /// <summary>A group or directory role the local tenant cannot hold, named by its place and displayName.</summary>
    internal static InvalidSeedException About(SeedRefusal kind, string place, string? name, string problem) =>
        new($"{place}{(name is null ? "" : $" ('{name}')")} {problem}")
        {
            Place = place,
            ObjectName = name,
            Kind = kind,
        };
}
