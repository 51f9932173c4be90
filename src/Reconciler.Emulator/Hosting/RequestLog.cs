namespace Reconciler.Emulator;

/// <summary>
/// One request as the emulator saw it (sub-requests of $batch included, flagged). The $batch envelope and the
/// What If evaluation are POSTs that change nothing, so they are not writes.
/// </summary>
public sealed record LoggedRequest(string Method, string PathAndQuery, int Status, bool InsideBatch)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "DELETE" or "PUT"
        && !PathAndQuery.StartsWith("/$batch", StringComparison.Ordinal)
        && !PathAndQuery.StartsWith("/identity/conditionalAccess/evaluate", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Every request seen, for tests and benchmarks ("how many writes did the reconciler make?").</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<LoggedRequest> _entries = [];

    public IReadOnlyList<LoggedRequest> Entries
    {
        get { lock (_gate) { return _entries.ToArray(); } }
    }

    /// <summary>POST/PATCH/DELETE/PUT requests, counting those inside $batch and not the $batch envelope itself.</summary>
    public int WriteCount
    {
        get { lock (_gate) { return _entries.Count(e => e.IsWrite); } }
    }

    public int Count
    {
        get { lock (_gate) { return _entries.Count; } }
    }

    public void Clear()
    {
        lock (_gate) { _entries.Clear(); }
    }

    internal void Add(LoggedRequest entry)
    {
        lock (_gate) { _entries.Add(entry); }
    }
}
