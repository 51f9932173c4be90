using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Hosting;

/// <summary>
/// JSON batching: up to 20 sub-requests run in order through the same pipeline (in process, no HTTP),
/// each with its own status; a request whose dependency failed gets 424.
/// </summary>
internal sealed class BatchExecutor(RequestPipeline pipeline)
{
    private const int MaxRequests = 20;

    public async Task<EmulatorResponse> ExecuteAsync(EmulatorRequest envelope, CancellationToken ct)
    {
        if (envelope.BodyObject()?["requests"] is not JsonArray requests)
        {
            return EmulatorResponse.BadRequest("Invalid batch payload: a 'requests' array is required.");
        }
        if (requests.Count > MaxRequests)
        {
            return EmulatorResponse.BadRequest($"Number of batch requests exceeds the maximum of {MaxRequests}.");
        }
        var ids = requests.Select(r => Wire.AsString(r?["id"])).ToList();
        if (ids.Any(id => id is null) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return EmulatorResponse.BadRequest("Batch request ids must be present and unique.");
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new JsonArray();
        foreach (var item in requests.OfType<JsonObject>())
        {
            var id = Wire.AsString(item["id"])!;
            var dependsOn = (item["dependsOn"] as JsonArray)?.Select(d => Wire.AsString(d) ?? "").ToList() ?? [];
            EmulatorResponse response;
            if (dependsOn.Any(d => !statuses.ContainsKey(d)))
            {
                return EmulatorResponse.BadRequest($"Request '{id}' depends on a request that does not precede it.");
            }
            if (dependsOn.Any(d => statuses[d] is < 200 or >= 300))
            {
                response = EmulatorResponse.Fail(424, "FailedDependency", "The request failed because a request it depends on failed.");
                response = await FinishAsync(envelope, response);
            }
            else
            {
                response = await pipeline.HandleAsync(SubRequest(envelope, item), ct);
                if (response.AbortConnection)
                {
                    return response;
                }
            }
            statuses[id] = response.Status;
            responses.Add(Render(id, response));
        }
        return EmulatorResponse.Ok(new JsonObject { ["responses"] = responses });
    }

    private static Task<EmulatorResponse> FinishAsync(EmulatorRequest envelope, EmulatorResponse failed) =>
        Task.FromResult(new EmulatorResponse
        {
            Status = failed.Status,
            Json = ErrorBody.Render(failed.Error!, envelope.RequestId, envelope.Header("client-request-id")),
        });

    private static EmulatorRequest SubRequest(EmulatorRequest envelope, JsonObject item)
    {
        var url = Wire.AsString(item["url"]) ?? "/";
        // On Unix a rooted path such as "/users?..." parses as an absolute file: URI, so only http(s) counts as absolute here.
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            url = absolute.PathAndQuery;
        }
        if (url.StartsWith("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            url = url[5..];
        }
        if (!url.StartsWith('/'))
        {
            url = "/" + url;
        }
        var q = url.IndexOf('?');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (item["headers"] is JsonObject given)
        {
            foreach (var (name, value) in given)
            {
                headers[name] = Wire.AsString(value) ?? "";
            }
        }
        // Sub-requests run with the caller's identity.
        if (envelope.Header("Authorization") is { } auth)
        {
            headers["Authorization"] = auth;
        }
        return new EmulatorRequest
        {
            Method = (Wire.AsString(item["method"]) ?? "GET").ToUpperInvariant(),
            Path = Uri.UnescapeDataString(q < 0 ? url : url[..q]),
            Query = EmulatorRequest.ParseQuery(q < 0 ? null : url[(q + 1)..]),
            Headers = headers,
            BodyText = item["body"]?.ToJsonString(),
            InsideBatch = true,
        };
    }

    private static JsonObject Render(string id, EmulatorResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }
        if (response.Json is not null || response.Text is not null)
        {
            headers["Content-Type"] = response.Text is not null ? "text/plain" : "application/json";
        }
        var rendered = new JsonObject { ["id"] = id, ["status"] = response.Status, ["headers"] = headers };
        if (response.Json is not null)
        {
            rendered["body"] = response.Json.DeepClone();
        }
        else if (response.Text is not null)
        {
            rendered["body"] = response.Text;
        }
        return rendered;
    }
}
