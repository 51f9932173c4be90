using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

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

    /// <summary>
    /// Answers parsed by <paramref name="parse"/>, given the root of each answer's JSON. <paramref name="url"/> gives
    /// each key's URL relative to the version root (<c>/users?$filter=...</c>), written directly: the SDK's URL
    /// templates cost more than the rest of a batched read.
    /// </summary>
    public async Task<IReadOnlyDictionary<TKey, T?>> GetAsync<TKey, T>(IReadOnlyCollection<TKey> keys, Func<TKey, string> url,
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
                    var chunkFailed = await SendOnceAsync([.. chunk], url, parse, answers, ct);
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

    private async Task<List<(TKey Key, GraphFailure Failure)>> SendOnceAsync<TKey, T>(List<TKey> keys, Func<TKey, string> url,
        Func<JsonElement, T> parse, Dictionary<TKey, T?> results, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var steps = keys.Select((key, i) => (Id: (i + 1).ToString(CultureInfo.InvariantCulture), Key: key)).ToList();
        var envelope = BatchEnvelope.Write(steps.Select(step => (step.Id, url(step.Key))));
        using var answers = await caller.RunAsync(ct => BatchEnvelope.SendAsync(graph, envelope, ct), cancellationToken);
        var failed = new List<(TKey, GraphFailure)>();
        foreach (var (id, key) in steps)
        {
            var answer = answers[id];
            if (answer is { Status: (int)HttpStatusCode.OK } ok)
            {
                results[key] = Parse(ok.Body, parse);
            }
            else if (answer is { Status: (int)HttpStatusCode.NotFound })
            {
                results[key] = default;
            }
            else
            {
                failed.Add((key, BatchFailure.From(answer)));
            }
        }
        return failed;
    }

    private static T Parse<T>(JsonElement body, Func<JsonElement, T> parse)
    {
        try
        {
            // The SDK skips a `value` of the wrong type, which would read a spoiled page as "no users": check first.
            WireShape.RequireCollection(body);
            return parse(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new GraphCallException(new GraphFailure(null, "malformedAnswer", "a batched answer was not the JSON Graph sends."), 1);
        }
    }
}
