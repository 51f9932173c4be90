namespace Reconciler.Planning.Normalisation;

/// <summary>What a user reference in a policy or the break-glass list is, before it is resolved.</summary>
public static class ReferenceTokens
{
    private static readonly HashSet<string> Tokens = new(StringComparer.OrdinalIgnoreCase) { "All", "None", "GuestsOrExternalUsers" };

    /// <summary>Tokens and object ids are sent to Graph as they are.</summary>
    public static bool PassesThrough(string reference) => Tokens.Contains(reference) || Guid.TryParse(reference, out _);

    public static bool IsAll(string reference) => string.Equals(reference, "All", StringComparison.OrdinalIgnoreCase);

    public static bool IsGuestsOrExternalUsers(string reference) =>
        string.Equals(reference, "GuestsOrExternalUsers", StringComparison.OrdinalIgnoreCase);
}
