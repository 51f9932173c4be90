using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Evidence;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Evidence;

/// <summary>
/// Reads the sign-in log through the SDK (<c>GET /auditLogs/signIns</c>), filtered on the server by time and, when
/// asked, by user ids ten to a filter (<c>userId</c> supports only <c>eq</c>, so a batch is an <c>or</c> of them),
/// in pages of 999, handing each sign-in to the sink as its page arrives: nothing is kept but what the sink keeps.
/// It asks with <c>Prefer: include-unknown-enum-members</c>, without which Graph hides the report-only results.
/// </summary>
internal sealed class SignInLogReader(GraphServiceClient graph, GraphCaller caller)
{
    public const int PageSize = 999;

    public const int UsersPerFilter = 10;

    private const string PreferReportOnly = "include-unknown-enum-members";

    private const string NoPremiumLicence = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";

    public async Task<SignInLogRead> ReadAsync(SignInLogRequest request, ISignInSink sink, CancellationToken cancellationToken)
    {
        var since = $"createdDateTime ge {request.Since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";
        var filters = request.UserIds is null
            ? [since]
            : request.UserIds.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(UsersPerFilter)
                .Select(ids => $"{since} and ({string.Join(" or ", ids.Select(id => $"userId eq '{id.Replace("'", "''", StringComparison.Ordinal)}'"))})")
                .ToList();
        var (requests, signIns) = (0, 0);
        try
        {
            foreach (var filter in filters)
            {
                var page = await caller.RunAsync(ct => graph.AuditLogs.SignIns.GetAsync(rc =>
                {
                    rc.QueryParameters.Top = PageSize;
                    rc.QueryParameters.Filter = filter;
                    rc.Headers.Add("Prefer", PreferReportOnly);
                }, ct), cancellationToken);
                requests++;
                while (page is not null)
                {
                    foreach (var signIn in page.Value ?? [])
                    {
                        if (SignInFromGraph.Map(signIn) is { } recorded)
                        {
                            sink.Add(recorded);
                            signIns++;
                        }
                    }
                    if (page.OdataNextLink is not { } next)
                    {
                        break;
                    }
                    page = await caller.RunAsync(ct => graph.AuditLogs.SignIns.WithUrl(next).GetAsync(rc => rc.Headers.Add("Prefer", PreferReportOnly), ct), cancellationToken);
                    requests++;
                }
            }
        }
        catch (GraphCallException e)
        {
            return new SignInLogRead(requests, signIns, Failure(e));
        }
        return new SignInLogRead(requests, signIns);
    }

    private static Diagnostic Failure(GraphCallException e) => e.Failure switch
    {
        { Status: 403, Code: NoPremiumLicence } => EvidenceDiagnostics.SignInLogLicenceMissing(),
        { Status: 403 } => EvidenceDiagnostics.SignInLogPermissionMissing(),
        _ => EvidenceDiagnostics.SignInLogUnreadable(FailureDiagnostics.For(e, GraphOperation.ReadSignIns, "signIns").Message),
    };
}
