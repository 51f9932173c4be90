namespace Reconciler.Graph.Transport;

/// <summary>What one exchange with Graph may cost. Tests shorten them so a hang is proven in seconds.</summary>
public sealed record TransportLimits
{
    public static TransportLimits Default { get; } = new();

    /// <summary>Headers and the whole body of one answer, from the moment the request is sent.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The largest answer read; a page of 999 guests is about 1 MB.</summary>
    public long MaxBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>More pages than this in one listing is a loop, not a tenant (100,000 guests are 101 pages).</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>Requests in a row that got no answer at all before the run stops sending.</summary>
    public int ConsecutiveLostAnswers { get; init; } = 3;
}
