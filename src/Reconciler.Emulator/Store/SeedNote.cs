namespace Reconciler.Emulator.Store;

/// <summary>
/// Something a seed carried that the local tenant took but did not keep: beta-only properties (null or empty, as
/// beta exports carry them) that Graph v1.0 does not have. <paramref name="Properties"/> are paths inside the object.
/// </summary>
public sealed record SeedNote(string Place, string? ObjectName, IReadOnlyList<string> Properties);
