namespace Reconciler.Testing.Hostile;

/// <summary>One request as it reached a hostile endpoint: what was asked for, with which headers and body.</summary>
public sealed record HostileRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Authorization => Headers.GetValueOrDefault("authorization");

    public string? Host => Headers.GetValueOrDefault("host");

    /// <summary>The path without the version root or query, e.g. <c>/users</c>.</summary>
    public string Path => Target.Split('?', 2)[0] is var path && path.StartsWith("/v1.0", StringComparison.Ordinal) ? path[5..] : path;
}
