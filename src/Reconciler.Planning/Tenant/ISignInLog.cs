using Reconciler.Model.Diagnostics;
using Reconciler.Model.Evidence;

namespace Reconciler.Planning.Tenant;

/// <summary>
/// A tenant whose sign-in log can be read (Graph's <c>GET /auditLogs/signIns</c>, <c>AuditLog.Read.All</c> and an
/// Entra ID P1 or P2 licence). Read-only. Never throws for a service failure: the answer carries its diagnostic.
/// </summary>
public interface ISignInLog
{
    /// <summary>Hands every sign-in the request selects to <paramref name="sink"/>, page by page, newest first.</summary>
    Task<SignInLogRead> ReadSignInsAsync(SignInLogRequest request, ISignInSink sink, CancellationToken cancellationToken);

    /// <summary>Home tenant ids by email domain (lower case), for the domains a tenant is found for.</summary>
    Task<IReadOnlyDictionary<string, string>> HomeTenantsAsync(IReadOnlyCollection<string> domains, CancellationToken cancellationToken);
}

/// <summary>The sign-ins made since <paramref name="Since"/>; of <paramref name="UserIds"/> only, or of every user when null.</summary>
public sealed record SignInLogRequest(DateTimeOffset Since, IReadOnlyCollection<string>? UserIds);

/// <summary>How the read went: the requests it took and the sign-ins it handed on, or the failure that stopped it.</summary>
public sealed record SignInLogRead(int Requests, int SignIns, Diagnostic? Failure = null)
{
    public bool Succeeded => Failure is null;
}
