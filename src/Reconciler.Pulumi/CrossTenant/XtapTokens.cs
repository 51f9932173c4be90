namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// The cross-tenant provider's package and resource types. The package name <c>xtap</c> is the plugin's name in
/// Pulumi.yaml and the first part of each token; it is not the config namespace (<c>b2b</c>).
/// </summary>
public static class XtapTokens
{
    public const string Package = "xtap";
    public const string DefaultSettings = "xtap:index:DefaultSettings";
    public const string PartnerSettings = "xtap:index:PartnerSettings";

    /// <summary>The id of the singleton default; a partner's id is its tenant id.</summary>
    public const string DefaultId = "default";

    public static bool IsKnown(string token) => token is DefaultSettings or PartnerSettings;
}

/// <summary>A value Pulumi does not know yet (an unresolved output during preview); never sent to Graph.</summary>
public sealed class UnknownValue
{
    public static UnknownValue Instance { get; } = new();

    private UnknownValue()
    {
    }
}
