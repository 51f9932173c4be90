using System.Globalization;

namespace Reconciler.Reporting.Evidence;

/// <summary>
/// The verdict line: "this change would have challenged 45 of 120 guest sign-ins in the last 30 days (15 of them
/// already did MFA at home and pass on declared trust); 0 would have been blocked".
/// </summary>
public static class EvidenceVerdict
{
    public static string Of(EvidenceReport report)
    {
        if (report.Result is not { } result)
        {
            return $"No evidence: the sign-in log could not be read ({report.Failure?.Code}).";
        }

        var totals = result.Totals;
        if (totals.SignIns == 0)
        {
            return $"No guest sign-ins in the last {Days(report.Days)} to judge this change by.";
        }

        var atHome = totals.SatisfiedAtHome == 0 ? "" : $" ({N(totals.SatisfiedAtHome)} of them already did MFA at home and pass on declared trust)";
        var blocked = totals.Blocked == 0 ? "none would have been blocked" : $"{N(totals.Blocked)} would have been blocked: see below";
        return $"This change would have challenged {N(totals.NewlyMfa)} of {N(totals.SignIns)} guest sign-ins in the last {Days(report.Days)}{atHome}; {blocked}.";
    }

    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Days(int days) => days == 1 ? "day" : $"{days} days";

    /// <summary>"97.5%" of the compared verdicts, or "nothing to compare".</summary>
    public static string Rate(Reconciler.Access.Evidence.ReplayAgreement agreement) =>
        agreement.Rate is { } rate ? (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "nothing to compare";
}
