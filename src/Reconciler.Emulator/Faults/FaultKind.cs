namespace Reconciler.Emulator;

public enum FaultKind
{
    /// <summary>429 TooManyRequests with a Retry-After header.</summary>
    Throttle,
    /// <summary>503 ServiceUnavailable before the handler runs.</summary>
    ServiceUnavailable,
    /// <summary>504 GatewayTimeout before the handler runs.</summary>
    GatewayTimeout,
    /// <summary>Adds delay, then lets the request through.</summary>
    Latency,
    /// <summary>Aborts the TCP connection without an answer.</summary>
    DropConnection,
    /// <summary>Runs the handler (the write happens), then answers 503 as if the response was lost.</summary>
    CommitThenFail,
}
