namespace Reconciler.Model.Desired;

/// <summary>
/// Unmanaged objects to leave out of reports. Patterns are case-insensitive and may use <c>*</c> as a wildcard,
/// e.g. <c>*@partner.example</c> or <c>Microsoft-managed:*</c>.
/// </summary>
public sealed record IgnoreList(
    IReadOnlyList<string> Guests,
    IReadOnlyList<string> ConditionalAccessPolicies,
    IReadOnlyList<string> Partners)
{
    public static IgnoreList Empty { get; } = new([], [], []);

    public bool IgnoresGuest(string email) => Guests.Any(p => WildcardPattern.Matches(p, email));

    public bool IgnoresPolicy(string displayName) => ConditionalAccessPolicies.Any(p => WildcardPattern.Matches(p, displayName));

    public bool IgnoresPartner(string tenantId) => Partners.Any(p => WildcardPattern.Matches(p, tenantId));
}

internal static class WildcardPattern
{
    public static bool Matches(string pattern, string value)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, value, StringComparison.OrdinalIgnoreCase);
        }

        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!value.StartsWith(part, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                position = part.Length;
                continue;
            }

            if (i == parts.Length - 1)
            {
                return value.Length - position >= part.Length && value.EndsWith(part, StringComparison.OrdinalIgnoreCase);
            }

            var found = value.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        return true;
    }
}
