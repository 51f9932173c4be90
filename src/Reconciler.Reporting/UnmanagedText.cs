using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>The one-line count of unmanaged objects shared by the text and markdown reports.</summary>
internal static class UnmanagedText
{
    public static string Summary(UnmanagedSummary unmanaged)
    {
        var policies = unmanaged.Objects.Count(o => o.ResourceType == ResourceType.ConditionalAccessPolicy);
        var partners = unmanaged.Objects.Count(o => o.ResourceType == ResourceType.CrossTenantAccessPartner);
        var partnerText = unmanaged.PartnersRead ? Count(partners, "partner") : "partners not listed (declared scope)";
        return $"{Count(unmanaged.GuestCount, "guest")}, {Count(policies, "policy", "policies")}, {partnerText}";
    }

    /// <summary>
    /// "and 29,981 more guests" when the report lists only a sample of the unmanaged guests it counted; null when it
    /// lists them all. A cut list that does not say so reads as the whole list.
    /// </summary>
    public static string? More(UnmanagedSummary unmanaged)
    {
        var hidden = unmanaged.GuestCount - unmanaged.Objects.Count(o => o.ResourceType == ResourceType.Guest);
        return hidden > 0 ? $"and {hidden.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more {(hidden == 1 ? "guest" : "guests")}" : null;
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
