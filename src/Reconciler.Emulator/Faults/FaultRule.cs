namespace Reconciler.Emulator;

/// <summary>
/// One fault: which requests (method + path prefix relative to /v1.0, "*" for any), what happens, and how often.
/// When <see cref="Count"/> is set the rule fires on the next N matching requests and then retires;
/// otherwise it fires with <see cref="Probability"/>.
/// </summary>
public sealed record FaultRule
{
    public string Method { get; init; } = "*";
    public string PathPrefix { get; init; } = "";
    public FaultKind Kind { get; init; }
    public double Probability { get; init; } = 1.0;
    public int? Count { get; init; }
    public int RetryAfterSeconds { get; init; } = 1;
    public int LatencyMs { get; init; }

    internal bool Matches(string method, string path)
    {
        if (Method != "*" && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (PathPrefix.Length == 0 || PathPrefix == "/")
        {
            return true;
        }
        var prefix = PathPrefix.TrimEnd('/');
        // Segment boundary: "/users" matches "/users" and "/users/x" but not "/usersX".
        return path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == prefix.Length || path[prefix.Length] is '/' or '?' or '(' or '$');
    }
}
