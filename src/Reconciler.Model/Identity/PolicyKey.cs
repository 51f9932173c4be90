namespace Reconciler.Model.Identity;

/// <summary>
/// A Conditional Access policy is known by its displayName (there is no state file). Names that differ only in case
/// read as one policy to a person, so every place that matches a declared policy with a live one, two declarations
/// with each other, or a created policy with its concurrent twins compares names this one way: ignoring case.
/// </summary>
public static class PolicyKey
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
