using Reconciler.Core.DesiredState.Loading;

namespace Reconciler.Cli.Output;

internal static class ValidationSummary
{
    public static string Describe(LoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Length - errors;
        var file = result.StackFile ?? "The stack";
        if (result.State is not { } state || errors > 0)
        {
            return $"{file} is not valid: {Count(errors, "error")}, {Count(warnings, "warning")}.";
        }

        var partners = state.CrossTenantAccess?.Partners.Count ?? 0;
        return $"{file} is valid: {Count(state.Guests.Count, "guest")}, {Count(state.ConditionalAccessPolicies.Count, "policy", "policies")}, "
            + $"{Count(partners, "partner")}, {Count(warnings, "warning")}.";
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
