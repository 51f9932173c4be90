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
    /// <summary>200 with a JSON content type and a body cut off mid-object, as a proxy that drops the tail sends.</summary>
    Truncated,
    /// <summary>200 with well-formed JSON of the wrong shape (strings where arrays and objects belong).</summary>
    WrongTypes,
    /// <summary>502 with an HTML error page, as a gateway in front of the service answers.</summary>
    Html,
    /// <summary>200 with a 50 MB JSON body that never closes.</summary>
    Huge,
}
