using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// In CI, a stack pointed at a local tenant (<c>local</c>, or a loopback URL) is refused unless the run says
/// <c>--allow-local-tenant</c>: otherwise a pull request that flips a real stack to <c>local</c> gets a green plan.
/// </summary>
internal static class LocalTenantGuard
{
    /// <summary>The variables GitHub Actions, Azure Pipelines (via the CI convention) and most runners set.</summary>
    private static readonly string[] CiVariables = ["GITHUB_ACTIONS", "CI", "TF_BUILD"];

    public static Diagnostic? Check(string? graphUrl, bool allowLocalTenant, Func<string, string?> environment)
    {
        if (allowLocalTenant || graphUrl is null || !IsLocal(graphUrl))
        {
            return null;
        }

        var ci = CiVariables.FirstOrDefault(v => IsTrue(environment(v)));
        return ci is null ? null : PipelineDiagnostics.LocalTenantInCi(graphUrl, ci);
    }

    public static bool IsLocal(string graphUrl) =>
        string.Equals(graphUrl, "local", StringComparison.OrdinalIgnoreCase)
        || (Uri.TryCreate(graphUrl, UriKind.Absolute, out var uri) && uri.IsLoopback);

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
}
