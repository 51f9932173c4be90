using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The evidence catalogue: the window a person asked for (B2B1116), what the replay of the tenant's sign-ins found
/// (B2B25xx) and why the sign-in log could not be read (B2B3023-B2B3025). A sign-in log that cannot be read is a
/// warning in a plan, which still works without evidence, and an error for <c>reconciler evidence</c>, which has
/// nothing else to say. Each code is explained in docs/diagnostics.md and docs/evidence.md.
/// </summary>
public static class EvidenceDiagnostics
{
    private const string SignInLogs = "https://learn.microsoft.com/graph/api/signin-list";

    private const string ReportOnly = "https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only";

    [DiagnosticCode("B2B1116")]
    public static Diagnostic WindowInvalid(string option, string value) =>
        Make(DiagnosticSeverity.Error, $"{option} '{value}' is not valid: give a whole number of days from 1 to 30 (Entra keeps sign-ins for 30 days with a P1 or P2 licence).");

    [DiagnosticCode("B2B2501", HelpLink = ReportOnly)]
    public static Diagnostic PromotionWouldFail(string policy, int failures, int days, string examples, bool blocking) =>
        Make(blocking ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            $"Policy '{policy}' is report-only in the tenant and the stack enables it, but the service recorded {failures} "
            + $"reportOnlyFailure sign-in{(failures == 1 ? "" : "s")} for it in the last {days} days ({examples}): enabled, it would have failed them. "
            + (blocking
                ? "b2b:promotion is requireEvidence, so apply refuses: fix the policy or the sign-ins, or keep it report-only."
                : "Check them before merging; b2b:promotion: requireEvidence makes this block apply."));

    [DiagnosticCode("B2B2502", HelpLink = ReportOnly)]
    public static Diagnostic PromotionWithoutEvidence(string policy, string reason) =>
        Make(DiagnosticSeverity.Error,
            $"Policy '{policy}' is report-only in the tenant and the stack enables it; b2b:promotion is requireEvidence, but the sign-in log could not be read ({reason}). "
            + "Nothing is written: grant AuditLog.Read.All (with an Entra ID P1 or P2 licence), or remove b2b:promotion to enable it without evidence.");

    [DiagnosticCode("B2B2503")]
    public static Diagnostic HomeTenantsInferred(int guests, string domains) =>
        Make(DiagnosticSeverity.Info,
            $"Graph v1.0 sign-ins do not say a guest's home tenant, so it was inferred for {guests} guest{(guests == 1 ? "" : "s")} from the email domain ({domains}) and the declared partners.");

    [DiagnosticCode("B2B2504")]
    public static Diagnostic ReplayDisagrees(string policy, int signIns, string detail) =>
        Make(DiagnosticSeverity.Info,
            $"For {signIns} sign-in{(signIns == 1 ? "" : "s")} the replay and the service disagree on whether policy '{policy}' applied: {detail}.");

    [DiagnosticCode("B2B2505", HelpLink = ReportOnly)]
    public static Diagnostic PromotionReplayDisagrees(string policy, int serviceFailures, int replayFailures) =>
        Make(DiagnosticSeverity.Info,
            $"For policy '{policy}' the service recorded {serviceFailures} reportOnlyFailure sign-ins, but replaying them under the projected policy fails {replayFailures}: "
            + "the service's verdict is the one the finding counts.");

    [DiagnosticCode("B2B3023", HelpLink = SignInLogs)]
    public static Diagnostic SignInLogPermissionMissing() =>
        Make(DiagnosticSeverity.Warning,
            "Reading the sign-in log was refused (403 Authorization_RequestDenied): the credential lacks AuditLog.Read.All. "
            + "Grant the application permission AuditLog.Read.All with admin consent; until then there is no evidence, and a plan is shown without it.");

    [DiagnosticCode("B2B3024", HelpLink = SignInLogs)]
    public static Diagnostic SignInLogLicenceMissing() =>
        Make(DiagnosticSeverity.Warning,
            "Reading the sign-in log was refused (403 Authentication_RequestFromNonPremiumTenantOrB2CTenant): Graph serves sign-in logs only to tenants "
            + "with an Entra ID P1 or P2 licence. Until the tenant has one there is no evidence, and a plan is shown without it.");

    [DiagnosticCode("B2B3025", HelpLink = SignInLogs)]
    public static Diagnostic SignInLogUnreadable(string detail) =>
        Make(DiagnosticSeverity.Warning, $"The sign-in log could not be read: {detail}. There is no evidence this time, and a plan is shown without it.");

    private static Diagnostic Make(DiagnosticSeverity severity, string message, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(EvidenceDiagnostics), factory, severity, message, null);
}
