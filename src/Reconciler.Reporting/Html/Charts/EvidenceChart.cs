using Reconciler.Access.Evidence;

namespace Reconciler.Reporting.Html.Charts;

/// <summary>
/// The evidence as a chart: per partner, the window's guest sign-ins the change would block, would prompt for MFA
/// here, would ask for MFA that the home tenant already did, and leaves as they are. The rows table says the same per
/// guest type and app; the chart says at a glance which partner the change hits.
/// </summary>
public static class EvidenceChart
{
    public const int PartnerLimit = 12;

    public static BarChart Of(EvidenceResult result)
    {
        var partners = result.Rows.GroupBy(r => r.Partner, StringComparer.Ordinal).ToList();
        var groups = partners.Take(PartnerLimit).Select(partner => new BarGroup(partner.Key,
        [
            new Bar("blocked", partner.Sum(r => r.Counts.Blocked), BarTone.Blocked),
            new Bar("MFA here (prompted)", partner.Sum(r => r.Counts.NewlyMfa - r.Counts.SatisfiedAtHome), BarTone.MfaHere),
            new Bar("MFA at home (passes)", partner.Sum(r => r.Counts.SatisfiedAtHome), BarTone.MfaAtHome),
            new Bar("unaffected", partner.Sum(r => r.Counts.Unaffected), BarTone.Neutral),
        ])).ToList();
        var more = partners.Count > PartnerLimit ? $" The {partners.Count - PartnerLimit} partners with fewer affected sign-ins are in the table below." : "";
        return new BarChart("evidence-chart", $"Guest sign-ins of the last {result.Days} days, per partner, as the change would decide them",
            "For each partner: how many sign-ins the change would block, prompt for MFA in this tenant, ask for MFA the home tenant already did (which passes on declared trust), and leave unaffected." + more,
            "Partner", "sign-ins", groups);
    }
}
