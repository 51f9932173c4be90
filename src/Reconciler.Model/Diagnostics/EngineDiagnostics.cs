using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>Findings of the apply engine itself (B2B22xx): before any write, and after the writes when verifying.</summary>
public static class EngineDiagnostics
{
    [DiagnosticCode("B2B2201")]
    public static Diagnostic NotConverged(int remaining) =>
        Error($"Every write succeeded, but the tenant read back still differs from the stack in {remaining} place(s). Run plan to see them; if they persist, the tenant is rewriting a value the stack declares.");

    [DiagnosticCode("B2B2202")]
    public static Diagnostic Declined(bool interactive) =>
        Error(interactive
            ? "Declined; nothing was written."
            : "Nobody can confirm here (standard input is not a terminal, or the command never asks), so nothing was written. Read the plan above, then pass --yes to go ahead.");

    [DiagnosticCode("B2B2203")]
    public static Diagnostic Interrupted(string signal) =>
        Error($"Interrupted by {signal}. What was written stays written (listed above, when anything was); run the command again to finish.");

    [DiagnosticCode("B2B2204")]
    public static Diagnostic RunTimedOut(TimeSpan timeout) =>
        Error($"The run passed its deadline ({timeout:c}, --timeout) and was stopped. What was written stays written (listed above, when anything was); run it again, or raise --timeout.");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(EngineDiagnostics), factory, DiagnosticSeverity.Error, message, at);
}
