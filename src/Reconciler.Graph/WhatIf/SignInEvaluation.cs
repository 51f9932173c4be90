using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Graph.WhatIf;

/// <summary>
/// Asks Graph's What If API how the tenant itself judges a sign-in. A tenant without the API (404, 501) is "not
/// available", which is a fact to report and not an error; any other failure carries its B2B3xxx diagnostic.
/// </summary>
internal sealed class SignInEvaluation(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<ServiceVerdict> EvaluateAsync(SignIn signIn, CancellationToken cancellationToken)
    {
        if (signIn.User.Id is not { } userId)
        {
            return ServiceVerdict.Unavailable($"'{signIn.User}' is not a user of the tenant, and Graph's evaluate API needs an object id.");
        }
        try
        {
            var body = SignInToGraph.Map(signIn, userId);
            var response = await caller.RunAsync(ct => graph.Identity.ConditionalAccess.Evaluate.PostAsEvaluatePostResponseAsync(body, cancellationToken: ct), cancellationToken);
            return new ServiceVerdict(true, response?.Value?.Select(WhatIfFromGraph.Map).ToList() ?? []);
        }
        catch (GraphCallException e) when (e.Failure.Status is 404 or 501)
        {
            return ServiceVerdict.Unavailable($"the tenant does not offer Graph's evaluate API ({e.Failure.Status}).");
        }
        catch (GraphCallException e)
        {
            var failure = FailureDiagnostics.For(e, GraphOperation.EvaluateSignIn, "evaluate");
            return ServiceVerdict.Unavailable("Graph's evaluate API failed; see the diagnostic.", failure);
        }
        catch (UnmappableValueException e)
        {
            return ServiceVerdict.Unavailable($"the sign-in cannot be sent to Graph: {e.Message}", Failed(e.Message));
        }
    }

    private static Diagnostic Failed(string detail) =>
        TenantDiagnostics.Rejected(GraphOperation.EvaluateSignIn.Description, "unmappableValue", detail);
}
