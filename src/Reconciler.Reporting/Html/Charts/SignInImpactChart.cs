using Reconciler.Access;
using Reconciler.Model.Access;

namespace Reconciler.Reporting.Html.Charts;

/// <summary>
/// The plan's sign-in impact as a chart: per guest group (the table's folded rows), how many of its sign-in paths
/// (a guest into an app) end in MFA at home, MFA here, blocked or nothing enforced, before and after the plan. Only
/// the outcomes a group has before or after are drawn; before bars are dashed, as the access paths draw before.
/// </summary>
public static class SignInImpactChart
{
    private static readonly (string Label, BarTone Tone)[] Outcomes =
    [
        ("blocked", BarTone.Blocked),
        ("MFA here", BarTone.MfaHere),
        ("MFA at home", BarTone.MfaAtHome),
        ("other controls", BarTone.Other),
        ("no policy enforced", BarTone.Neutral),
    ];

    public static BarChart Of(IReadOnlyList<SignInImpactRow> rows)
    {
        var groups = SignInImpactText.Groups(rows)
            .GroupBy(g => g.Label, StringComparer.Ordinal)
            .Select(g => new BarGroup(g.Key, Bars([.. g.SelectMany(fold => fold.Rows)])))
            .ToList();
        return new BarChart("sign-in-impact-chart", "Sign-in outcomes per guest group, before and after the plan",
            "For each guest group whose sign-ins change: how many of its sign-in paths (a guest into an app) end blocked, in MFA in this tenant, in MFA at home, in other controls or with no policy enforced, before the plan (dashed) and after it.",
            "Guest group", "sign-in paths", groups);
    }

    /// <summary>The outcome a sign-in ends in, in the chart's words: report-only decides nothing, so it counts as no policy enforced.</summary>
    public static string Outcome(AccessOutcome outcome) => outcome switch
    {
        { Result: AccessResult.NoPolicy } or { Enforced: false } => "no policy enforced",
        { Result: AccessResult.Block } => "blocked",
        { Mfa: MfaSatisfaction.HomeTenant } => "MFA at home",
        { Mfa: MfaSatisfaction.ResourceTenant } => "MFA here",
        _ => "other controls",
    };

    private static List<Bar> Bars(List<SignInImpactRow> rows)
    {
        var bars = new List<Bar>();
        foreach (var (label, tone) in Outcomes)
        {
            var before = rows.Count(r => Outcome(r.Before) == label);
            var after = rows.Count(r => Outcome(r.After) == label);
            if (before + after > 0)
            {
                bars.Add(new Bar($"before: {label}", before, tone, Dashed: true));
                bars.Add(new Bar($"after: {label}", after, tone));
            }
        }

        return bars;
    }
}
