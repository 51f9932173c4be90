using System.Net;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Core.Requests;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Batching;

/// <summary>
/// Independent writes, twenty to a <c>$batch</c>, up to <see cref="BatchSlots.InFlight"/> batches in flight. Graph
/// does not retry inside a batch, so a step that was throttled, failed with a 5xx or lost with its envelope goes,
/// after the longest Retry-After, to the one-by-one path told that it may already have committed: a create is then
/// looked up by its key before it is sent again, and a delete that meets 404 counts as done. Nothing is ever created
/// twice.
/// </summary>
internal sealed class BatchWriter(GraphServiceClient graph, GraphCaller caller, BatchSlots slots, Func<PlannedAction, bool, CancellationToken, Task<ActionOutcome>> oneByOne)
{
    private const int StepsPerBatch = 20;

    /// <summary>Marks a step that met a conflict rather than a fault: it is re-sent as a plain create, which adopts.</summary>
    private static readonly TimeSpan Conflict = TimeSpan.FromTicks(-1);

    public async Task<IReadOnlyList<ActionOutcome>> ApplyAsync(IReadOnlyList<PlannedAction> actions, CancellationToken cancellationToken)
    {
        var outcomes = new ActionOutcome[actions.Count];
        var batchable = new List<(int Index, BatchedRequest Request)>();
        var single = new List<int>();
        for (var i = 0; i < actions.Count; i++)
        {
            if (TryBuild(actions[i]) is { } request)
            {
                batchable.Add((i, request));
            }
            else
            {
                single.Add(i);
            }
        }

        // The slots are the bound on batches in flight, shared with any batch call that overlaps this one.
        var uncertain = await Task.WhenAll(batchable.Chunk(StepsPerBatch)
            .Select(chunk => slots.RunAsync(ct => SendAsync(actions, chunk, outcomes, ct), cancellationToken)));
        var retry = uncertain.SelectMany(steps => steps).ToList();

        single.AddRange(retry.Where(r => r.RetryAfter == Conflict).Select(r => r.Index));
        retry.RemoveAll(r => r.RetryAfter == Conflict);
        if (retry.Count > 0 && !caller.Health.IsDown)
        {
            await caller.Policy.Wait(caller.Policy.DelayBefore(2, retry.Max(r => r.RetryAfter)), cancellationToken);
        }
        foreach (var index in single)
        {
            outcomes[index] = await oneByOne(actions[index], false, cancellationToken);
        }
        foreach (var (index, _) in retry.OrderBy(r => r.Index))
        {
            outcomes[index] = await oneByOne(actions[index], true, cancellationToken);
        }
        return outcomes;
    }

    private BatchedRequest? TryBuild(PlannedAction action)
    {
        try
        {
            return BatchedRequest.For(graph, action);
        }
        catch (UnmappableValueException)
        {
            return null; // The one-by-one path reports it as the diagnostic it deserves.
        }
    }

    /// <summary>Sends one batch; fills the outcomes it settles and returns the steps that must be tried again.</summary>
    private async Task<List<(int Index, TimeSpan? RetryAfter)>> SendAsync(IReadOnlyList<PlannedAction> actions, (int Index, BatchedRequest Request)[] chunk,
        ActionOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(graph);
        var steps = new Dictionary<string, (int Index, BatchedRequest Request)>();
        foreach (var step in chunk)
        {
            steps[await batch.AddBatchRequestStepAsync(step.Request.Request)] = step;
        }

        BatchResponseContentCollection response;
        Dictionary<string, HttpStatusCode> codes;
        try
        {
            // A tenant that stopped answering is not sent another envelope: the one-by-one path reports each step as not sent.
            caller.Health.ThrowIfDown();
            response = await graph.Batch.PostAsync(batch, cancellationToken);
            codes = await response.GetResponsesStatusCodesAsync();
            caller.Health.Answered();
        }
        catch (GraphCallException)
        {
            return [.. chunk.Select(step => (step.Index, (TimeSpan?)null))];
        }
        catch (Exception e) when (GraphFailure.From(e, cancellationToken) is { } failure)
        {
            // The envelope's answer is lost, refused or unreadable (an HTML page): any step may or may not have run.
            caller.Health.Failed(failure);
            return [.. chunk.Select(step => (step.Index, failure.RetryAfter))];
        }

        var retry = new List<(int, TimeSpan?)>();
        foreach (var (stepId, (index, request)) in steps)
        {
            var action = actions[index];
            var status = codes.TryGetValue(stepId, out var code) ? (int)code : 0;
            using var answer = await response.GetResponseByIdAsync(stepId);
            var requestId = answer?.Headers.TryGetValues("request-id", out var ids) == true ? ids.FirstOrDefault() : null;
            if (status is >= 200 and < 300)
            {
                outcomes[index] = new ActionOutcome(action, true, request.IdFromAnswer(await BodyAsync(answer, cancellationToken)) ?? action.Key, requestId);
                continue;
            }
            var failure = await BatchFailure.ReadAsync(status, answer, cancellationToken);
            if (status == (int)HttpStatusCode.Conflict && action is CreatePartner)
            {
                // Another writer created the partner since the plan was read: the one-by-one path adopts it and
                // writes the declared blocks over it. Zero delay: nothing is throttled.
                retry.Add((index, Conflict));
                continue;
            }
            if (status == 0 || failure.IsTransient)
            {
                retry.Add((index, failure.RetryAfter));
                continue;
            }
            var diagnostic = FailureDiagnostics.For(new GraphCallException(failure, 1), RequiredPermissions.WriteOperation(action), action.Key);
            outcomes[index] = new ActionOutcome(action, false, RequestId: requestId, Failure: diagnostic);
        }
        return retry;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage? answer, CancellationToken cancellationToken)
    {
        if (answer?.Content is null)
        {
            return default;
        }
        try
        {
            var text = await answer.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text, StrictJson.Options).RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or System.Text.DecoderFallbackException)
        {
            // Not JSON, or in a charset that cannot be read: the write is done, only its id is unknown (read back next).
            return default;
        }
    }
}
