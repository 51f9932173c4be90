using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting;

/// <summary>
/// The sign-in impact as people read it (text and markdown): outcomes in words, and guests whose sign-ins change the
/// same way folded into one row ("26 new guests from fabrikam.example") so a big invitation is one line, not 26.
/// </summary>
public static class SignInImpactText
{
    public sealed record Line(string User, string App, string Before, string After);

    public static IReadOnlyList<Line> Lines(IEnumerable<SignInImpactRow> rows) =>
        Groups(rows).Select(group => new Line(group.Label, group.Rows[0].App, Describe(group.Rows[0].Before), Describe(group.Rows[0].After))).ToList();

    /// <summary>The rows folded as <see cref="Lines"/> folds them, each fold with its label, for a chart to count.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<SignInImpactRow> Rows)> Groups(IEnumerable<SignInImpactRow> rows) =>
        [.. rows.GroupBy(Group).Select(group => group.ToList()).Select(group => (Label(group), (IReadOnlyList<SignInImpactRow>)group))];

    public static string Describe(AccessOutcome outcome)
    {
        var text = outcome.Result switch
        {
            AccessResult.NoPolicy => "no policy",
            AccessResult.Block => "blocked",
            _ => $"{string.Join(" + ", outcome.RequiredControls)}{Where(outcome.Mfa)}",
        };
        return outcome.Enforced || outcome.Result == AccessResult.NoPolicy ? text : $"{text} (report-only)";
    }

    /// <summary>Declared guests group by their email's domain, whether they are new, the app and both outcomes; a partner's row stays its own.</summary>
    private static (string, string?, bool, string, string, string) Group(SignInImpactRow row) => (
        row.Subject.Kind == SignInSubjectKind.Guest ? "guest" : $"partner:{row.Subject.TenantId}",
        row.Subject.Kind == SignInSubjectKind.Guest ? Domain(row.Subject.Email) : null,
        row.Subject.New,
        row.AppId,
        Describe(row.Before),
        Describe(row.After));

    private static string Label(List<SignInImpactRow> group)
    {
        var first = group[0].Subject;
        if (group.Count == 1 || first.Kind != SignInSubjectKind.Guest)
        {
            return first.Label;
        }

        var domain = Domain(first.Email);
        return $"{group.Count} {(first.New ? "new " : "")}guests{(domain is null ? "" : $" from {domain}")}";
    }

    /// <summary>The part after the @, lower-cased; none for a redacted address, which keeps no domain.</summary>
    private static string? Domain(string? email) =>
        email?.LastIndexOf('@') is { } at && at > 0 ? email[(at + 1)..].ToLowerInvariant() : null;

    private static string Where(MfaSatisfaction mfa) => mfa switch
    {
        MfaSatisfaction.HomeTenant => " (home-tenant MFA trusted)",
        MfaSatisfaction.ResourceTenant => " (MFA in this tenant)",
        _ => string.Empty,
    };
}
