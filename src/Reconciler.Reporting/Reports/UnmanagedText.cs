using Reconciler.Core.Planning;

namespace Reconciler.Core.Reports;

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

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
