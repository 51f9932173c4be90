using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B3xxx catalogue: findings about the tenant and Microsoft Graph. One factory per code, so a code
/// always carries the same meaning; docs/diagnostics.md lists each with an example and a fix.
/// Messages never contain tokens or secrets, only ids, names and Graph's own error text.
/// </summary>
public static class TenantDiagnostics
{
    [DiagnosticCode("B2B3001")]
    public static Diagnostic TenantMismatch(string expectedTenantId, string actualTenantId, string evidence, bool readAlongside = false) =>
        Error($"The credential belongs to tenant '{actualTenantId}' ({evidence}), but the stack is pinned to '{expectedTenantId}'. "
            + (readAlongside ? "What was read alongside was discarded; nothing was written." : "Nothing was read or written."));

    [DiagnosticCode("B2B3002")]
    public static Diagnostic AuthenticationFailed(string operation, string detail) =>
        Error($"Authentication failed while trying to {operation}: {detail}");

    [DiagnosticCode("B2B3003")]
    public static Diagnostic PermissionDenied(string operation, string permission) =>
        Error($"Graph refused to {operation} (403). Grant the application permission '{permission}' and admin-consent it.");

    [DiagnosticCode("B2B3004")]
    public static Diagnostic NotFound(string operation, string key) =>
        Error($"Could not {operation}: '{key}' no longer exists in the tenant (404). Run plan again.");

    [DiagnosticCode("B2B3005")]
    public static Diagnostic Rejected(string operation, string graphCode, string graphMessage) =>
        Error($"Graph rejected the request to {operation} ({graphCode}): {graphMessage}");

    [DiagnosticCode("B2B3006")]
    public static Diagnostic Throttled(string operation, int attempts) =>
        Error($"Graph kept throttling or was unavailable while trying to {operation}; gave up after {attempts} attempts.");

    [DiagnosticCode("B2B3007")]
    public static Diagnostic Unreachable(string operation, string detail) =>
        Error($"Could not reach Graph to {operation}: {detail}");

    [DiagnosticCode("B2B3008")]
    public static Diagnostic MalformedResponse(string operation, string detail) =>
        Error($"Graph's answer to {operation} could not be understood: {detail}");

    [DiagnosticCode("B2B3009")]
    public static Diagnostic ServiceError(string operation, int status, string graphCode, string graphMessage) =>
        Error($"Graph failed to {operation} with {status} ({graphCode}): {graphMessage}");

    [DiagnosticCode("B2B3010")]
    public static Diagnostic UnknownValue(string objectName, string property, string value) =>
        Warning($"'{objectName}' has {property} = '{value}', a value this version does not know; it is not managed and may show as drift.");

    [DiagnosticCode("B2B3011")]
    public static Diagnostic CredentialUnavailable(string detail) =>
        Error($"No credential for Microsoft Graph could be obtained: {detail}");

    [DiagnosticCode("B2B3012")]
    public static Diagnostic MissingPermissions(IEnumerable<string> permissions) =>
        Error($"The token lacks the application permissions these changes need: {string.Join(", ", permissions)}.");

    [DiagnosticCode("B2B3013")]
    public static Diagnostic MissingDevelopmentToken(string graphUrl) =>
        Error($"'{graphUrl}' is a local tenant: a development token is needed to talk to it.");

    [DiagnosticCode("B2B3014")]
    public static Diagnostic ForeignOrigin(string operation, string detail) =>
        Error($"Refused to follow Graph off its origin while trying to {operation}: {detail} Nothing was written.");

    [DiagnosticCode("B2B3015")]
    public static Diagnostic EndlessPaging(string operation, string detail) =>
        Error($"Paging did not end while trying to {operation}: {detail} Nothing was written.");

    [DiagnosticCode("B2B3016")]
    public static Diagnostic TimedOut(string operation, string detail) =>
        Error($"Graph did not answer in time while trying to {operation}: {detail}");

    [DiagnosticCode("B2B3017")]
    public static Diagnostic GraphUrlNotAllowed(string graphUrl) =>
        Error($"graphUrl '{graphUrl}' is neither Microsoft Graph (https://graph.microsoft.com, graph.microsoft.us, dod-graph.microsoft.us, microsoftgraph.chinacloudapi.cn) nor a loopback local tenant, so no token or request is sent to it. Pass --allow-graph-url with this URL if you mean it.");

    [DiagnosticCode("B2B3018")]
    public static Diagnostic TenantDown(string operation, string detail) =>
        Error($"Not attempted: {operation}: {detail}");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(TenantDiagnostics), factory, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Warning(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(TenantDiagnostics), factory, DiagnosticSeverity.Warning, message, at);
}
