using Reconciler.Graph.Permissions;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Graph.Transport;

/// <summary>Turns a failed call into the one B2B3xxx diagnostic that tells the administrator what to do.</summary>
internal static class FailureDiagnostics
{
    public static Diagnostic For(GraphCallException exception, GraphOperation operation, string key)
    {
        var failure = exception.Failure;
        var what = operation.Description;
        return failure switch
        {
            { Refusal: RefusalKind.ForeignOrigin } => TenantDiagnostics.ForeignOrigin(what, failure.Message),
            { Refusal: RefusalKind.EndlessPaging } => TenantDiagnostics.EndlessPaging(what, failure.Message),
            { Refusal: RefusalKind.Deadline } => TenantDiagnostics.TimedOut(what, failure.Message),
            { Refusal: RefusalKind.TooLarge } => TenantDiagnostics.MalformedResponse(what, failure.Message),
            { Refusal: RefusalKind.TenantDown } => TenantDiagnostics.TenantDown(what, failure.Message),
            { Status: 401 } => TenantDiagnostics.AuthenticationFailed(what, $"{failure.Code}: {failure.Message}"),
            { Status: 403 } => TenantDiagnostics.PermissionDenied(what, operation.PermissionHint),
            { Status: 404 } => TenantDiagnostics.NotFound(what, key),
            { Status: 429 or 503 or 504 } => TenantDiagnostics.Throttled(what, exception.Attempts),
            { Status: >= 400 and < 500 } => TenantDiagnostics.Rejected(what, failure.Code, failure.Message),
            { Status: { } status } => TenantDiagnostics.ServiceError(what, status, failure.Code, failure.Message),
            { IsMalformed: true } => TenantDiagnostics.MalformedResponse(what, failure.Message),
            _ => TenantDiagnostics.Unreachable(what, $"{failure.Message} ({exception.Attempts} attempts)"),
        };
    }
}
