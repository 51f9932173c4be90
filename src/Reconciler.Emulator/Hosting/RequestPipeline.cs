using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Hosting;

/// <summary>
/// The one path every request takes, whether it came over HTTP or inside $batch:
/// route match → auth (401/403) → faults → handler under the store lock → commitThenFail → log → error rendering.
/// </summary>
internal sealed class RequestPipeline(RouteTable routes, TenantStore store, FaultInjector faults, RequestLog log, Func<string> baseUrl)
{
    public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken ct)
    {
        var response = await RunAsync(request, ct);
        log.Add(new LoggedRequest(request.Method, request.PathAndQuery, response.Status, request.InsideBatch));
        return Finish(request, response);
    }

    private async Task<EmulatorResponse> RunAsync(EmulatorRequest request, CancellationToken ct)
    {
        if (request.Path == "/$batch" && request.Method == "POST" && !request.InsideBatch)
        {
            // The envelope needs only a valid token; each sub-request is authorised on its own. Latency models one
            // HTTP round trip, so a batch pays it once, on its envelope, however many requests it carries.
            if (BearerCheck.Reject(request, store.TenantId, Permissions.AnyTenantToken) is { } rejected)
            {
                return rejected;
            }
            if (faults.EnvelopeLatency(request.Method, request.Path) is > 0 and var envelopeLatency)
            {
                await Task.Delay(envelopeLatency, ct);
            }
            return await new BatchExecutor(this).ExecuteAsync(request, ct);
        }
        var (route, values, pathKnown) = routes.Match(request.Method, request.Path);
        if (route is null)
        {
            return pathKnown
                ? EmulatorResponse.Fail(405, "Request_BadRequest", $"The HTTP method '{request.Method}' is not allowed for '{request.Path}'.")
                : EmulatorResponse.Fail(400, "BadRequest", $"Resource not found for the segment '{request.Path.TrimStart('/').Split('/')[0]}'.");
        }
        if (BearerCheck.Reject(request, store.TenantId, route.Roles) is { } denied)
        {
            return denied;
        }
        var (latencyMs, failure) = faults.Decide(request.Method, request.Path);
        if (latencyMs > 0 && !request.InsideBatch)
        {
            await Task.Delay(latencyMs, ct);
        }
        if (failure is not null && failure.Kind != FaultKind.CommitThenFail)
        {
            return FaultResponse(failure);
        }
        var context = new RouteContext(request, values, store, baseUrl());
        var response = request.Method == "GET"
            ? store.Read(() => route.Handler(context))
            : store.Write(() => route.Handler(context));
        return failure is null ? response : FaultResponse(failure);
    }

    private static EmulatorResponse FaultResponse(FaultRule rule)
    {
        switch (rule.Kind)
        {
            case FaultKind.DropConnection:
                return EmulatorResponse.Abort();
            case FaultKind.Throttle:
                var throttled = EmulatorResponse.Fail(429, "TooManyRequests", "Please retry again later.");
                throttled.Headers["Retry-After"] = rule.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return throttled;
            case FaultKind.GatewayTimeout:
                return EmulatorResponse.Fail(504, "GatewayTimeout", "The gateway did not receive a timely response.");
            case FaultKind.Truncated or FaultKind.WrongTypes or FaultKind.Html or FaultKind.Huge:
                return MalformedAnswers.For(rule.Kind);
            default:
                return EmulatorResponse.Fail(503, "ServiceUnavailable", "The service is temporarily unavailable. Please retry.");
        }
    }

    /// <summary>Adds request-id headers and turns a <see cref="GraphError"/> into Graph's JSON error body.</summary>
    private static EmulatorResponse Finish(EmulatorRequest request, EmulatorResponse response)
    {
        if (response.AbortConnection)
        {
            return response;
        }
        var finished = response.Error is { } error
            ? new EmulatorResponse { Status = response.Status, Json = ErrorBody.Render(error, request.RequestId, request.Header("client-request-id")) }
            : response;
        foreach (var (name, value) in response.Headers)
        {
            finished.Headers[name] = value;
        }
        finished.Headers["request-id"] = request.RequestId;
        finished.Headers["client-request-id"] = request.Header("client-request-id") ?? request.RequestId;
        return finished;
    }
}
