using System.Security.Cryptography;
using System.Text;
using Reconciler.Core.Identity;

namespace Reconciler.Core.Reports;

/// <summary>
/// <c>--redact</c>: replaces every email address in a report with a stable pseudonym,
/// <c>guest-</c> and the first 8 hex digits of the SHA-256 of the lower-cased address, so a report can be shared
/// and two reports still line up. Applied to the view records, before any renderer sees them.
/// </summary>
public static class Redactor
{
    public static DriftReport Redact(DriftReport report) => report with
    {
        Drift = report.Drift.Select(r => r with { Key = Text(r.Key), Properties = Properties(r.Properties) }).ToList(),
        Guests = report.Guests.Select(g => g with { Email = Text(g.Email) }).ToList(),
        Unmanaged = report.Unmanaged with { Objects = report.Unmanaged.Objects.Select(o => o with { Key = Text(o.Key) }).ToList() },
        Diagnostics = report.Diagnostics.Select(d => d with { Message = Text(d.Message) }).ToList(),
    };

    public static PlanReport Redact(PlanReport report) => report with
    {
        Drift = Redact(report.Drift),
        Actions = report.Actions.Select(a => a with { Key = Text(a.Key), Properties = Properties(a.Properties) }).ToList(),
        Safety = report.Safety.Select(s => s with { Message = Text(s.Message) }).ToList(),
        SignInImpact = report.SignInImpact.Select(s => s with { User = Text(s.User) }).ToList(),
    };

    public static string Pseudonym(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddress.Key(email)));
        return $"guest-{Convert.ToHexStringLower(hash)[..8]}";
    }

    public static string Text(string text) => EmailAddress.ReplaceIn(text, Pseudonym);

    private static List<PropertyRow> Properties(IEnumerable<PropertyRow> rows) =>
        rows.Select(p => p with { Declared = Text(p.Declared), Live = Text(p.Live) }).ToList();
}
