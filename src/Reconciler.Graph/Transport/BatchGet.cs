using System.Net;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Core.Requests;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Reconciler.Graph.Transport;

/// <summary>
/// Sends many GETs through <c>$batch</c>, twenty to a batch and a few batches in flight, and parses each answer.
/// Graph does not retry inside a batch, so throttled or failed sub-requests are sent again here.
/// A 404 sub-response yields null; other failures end the whole read. Each answer is parsed once, by the caller's
/// parser: SDK models where the mapping must stay the SDK's, the raw document where a model would only cost time.
/// </summary>
internal sealed class BatchGet(GraphServiceClient graph, GraphCaller caller)
{
    private const int StepsPerBatch = 20;
    private const int BatchesInFlight = 4;

    /// <summary>Answers parsed into the SDK's model for each key.</summary>
    public Task<IReadOnlyDictionary<TKey, T?>> GetAsync<TKey, T>(IReadOnlyCollection<TKey> keys, Func<TKey, RequestInformation> request,
        ParsableFactory<T> factory, CancellationToken cancellationToken)
        where TKey : notnull
        where T : IParsable =>
        GetAsync(keys, request, root => JsonGet.Model(root, factory), cancellationToken);

    /// <summary>Answers parsed by <paramref name="parse"/>, given the root of each answer's JSON.</summary>
    public async Task<IReadOnlyDictionary<TKey, T?>> GetAsync<TKey, T>(IReadOnlyCollection<TKey> keys, Func<TKey, RequestInformation> request,
        Func<JsonElement, T> parse, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var results = new Dictionary<TKey, T?>();
        var pending = keys.ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var failed = new List<(TKey Key, GraphFailure Failure)>();
            await Parallel.ForEachAsync(pending.Chunk(StepsPerBatch), new ParallelOptions { MaxDegreeOfParallelism = BatchesInFlight, CancellationToken = cancellationToken },
                async (chunk, ct) =>
                {
                    var answers = new Dictionary<TKey, T?>();
                    var chunkFailed = await SendOnceAsync([.. chunk], request, parse, answers, ct);
                    lock (results)
                    {
                        foreach (var (key, value) in answers)
                        {
                            results[key] = value;
                        }
                        failed.AddRange(chunkFailed);
                    }
                });
            var worst = failed.Select(f => f.Failure).OrderBy(f => f.IsTransient).FirstOrDefault();
            if (worst is not null && (!worst.IsTransient || attempt >= caller.Policy.MaxAttempts))
            {
                throw new GraphCallException(worst, attempt);
            }
            if (failed.Count > 0)
            {
                await caller.Policy.Wait(caller.Policy.DelayBefore(attempt + 1, failed.Max(f => f.Failure.RetryAfter)), cancellationToken);
            }
            pending = failed.Select(f => f.Key).ToList();
        }
        return results;
    }

    private async Task<List<(TKey Key, GraphFailure Failure)>> SendOnceAsync<TKey, T>(List<TKey> keys, Func<TKey, RequestInformation> request,
        Func<JsonElement, T> parse, Dictionary<TKey, T?> results, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var batch = new BatchRequestContentCollection(graph);
        var steps = new Dictionary<string, TKey>();
        foreach (var key in keys)
        {
            steps[await batch.AddBatchRequestStepAsync(request(key))] = key;
        }
        var response = await caller.RunAsync(ct => graph.Batch.PostAsync(batch, ct), cancellationToken);
        var codes = await response.GetResponsesStatusCodesAsync();
        var failed = new List<(TKey, GraphFailure)>();
        foreach (var (stepId, key) in steps)
        {
            var status = codes.TryGetValue(stepId, out var code) ? (int)code : 0;
            using var answer = await response.GetResponseByIdAsync(stepId);
            if (status == (int)HttpStatusCode.OK)
            {
                results[key] = await ParseAsync(answer, parse, cancellationToken);
            }
            else if (status == (int)HttpStatusCode.NotFound)
            {
                results[key] = default;
            }
            else
            {
                failed.Add((key, await BatchFailure.ReadAsync(status, answer, cancellationToken)));
            }
        }
        return failed;
    }

    private static async Task<T> ParseAsync<T>(HttpResponseMessage answer, Func<JsonElement, T> parse, CancellationToken cancellationToken)
    {
        try
        {
            // The SDK skips a `value` of the wrong type, which would read a spoiled page as "no users": check first.
            using var document = JsonDocument.Parse(await answer.Content.ReadAsByteArrayAsync(cancellationToken));
            WireShape.RequireCollection(document);
            return parse(document.RootElement);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new GraphCallException(new GraphFailure(null, "malformedAnswer", "a batched answer was not the JSON Graph sends."), 1);
        }
    }
}
