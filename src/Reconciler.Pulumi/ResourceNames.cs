namespace Reconciler.PulumiMapping;

/// <summary>
/// Pulumi logical names, derived from each object's identity in the stack so they stay stable across runs:
/// renaming a resource in Pulumi means deleting and re-creating it.
/// </summary>
public static class ResourceNames
{
    public static string Guest(string email) => "guest-" + Slug(email);

    public static string Policy(string displayName) => "ca-" + Slug(displayName);

    public static string CrossTenantDefault => "xtap-default";

    public static string Partner(string tenantId) => "xtap-partner-" + Slug(tenantId);

    /// <summary>Lower case letters and digits, everything else folded into single dashes.</summary>
    public static string Slug(string value)
    {
        var slug = new System.Text.StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
