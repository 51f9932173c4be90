using System.CommandLine;
using System.Globalization;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Evidence;

/// <summary>The evidence window as an option (<c>plan --evidence N</c>, <c>evidence --days N</c>): whole days, 1 to 30.</summary>
internal static class EvidenceDays
{
    public const int Most = 30;

    public static Option<int?> Option(string name, string description) => new(name) { Description = description, HelpName = "DAYS" };

    /// <summary>B2B1116 for a window Entra cannot serve; null when it is fine or not given.</summary>
    public static Diagnostic? Check(string option, int? days) =>
        days is { } value && (value < 1 || value > Most)
            ? EvidenceDiagnostics.WindowInvalid(option, value.ToString(CultureInfo.InvariantCulture))
            : null;
}
