namespace Reconciler.PulumiMapping;

/// <summary>
/// Codes for what the Pulumi engine cannot express or the cross-tenant provider rejects. They sit in the B2B19xx
/// block of the input range so they never collide with the loader's codes, and are catalogued in docs/diagnostics.md.
/// </summary>
public static class PulumiDiagnosticCodes
{
    /// <summary>A property the azuread provider has no input for; the policy or guest would silently lose it.</summary>
    public const string NotExpressible = "B2B1901";

    /// <summary>A property azuread requires (policy state, conditions, applications, users, client app types, grant operator).</summary>
    public const string RequiredByProvider = "B2B1902";

    /// <summary>A value azuread accepts in a narrower form than Graph (e.g. one insider risk level).</summary>
    public const string NarrowerThanGraph = "B2B1903";

    /// <summary>A declared value Pulumi ignores, such as an invitation body when no invitation email is sent.</summary>
    public const string IgnoredByProvider = "B2B1904";

    /// <summary>A cross-tenant provider input with the wrong type or an unknown key.</summary>
    public const string MalformedProviderInput = "B2B1905";

    /// <summary>A partner tenant id that is not a GUID.</summary>
    public const string MalformedTenantId = "B2B1906";

    /// <summary>An access type, target type or other enum value outside Graph's vocabulary.</summary>
    public const string UnknownEnumValue = "B2B1907";
}
