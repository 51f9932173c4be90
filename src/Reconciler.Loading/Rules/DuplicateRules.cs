using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Identity;

namespace Reconciler.Loading.Rules;

/// <summary>Identity is by key (there is no state file), so two declarations of one key cannot both be honoured.</summary>
internal static class DuplicateRules
{
    public static IEnumerable<Diagnostic> Check(DesiredState state) =>
        Duplicates(state.Guests, g => g.Email, EmailAddress.Comparer, g => g.Source,
                (g, first) => InputDiagnostics.DuplicateGuest(g.Source!, g.Email, first))
            .Concat(Duplicates(state.ConditionalAccessPolicies, p => p.DisplayName, PolicyKey.Comparer, p => p.Source,
                (p, first) => InputDiagnostics.DuplicatePolicy(p.Source!, p.DisplayName, first)))
            .Concat(Duplicates(state.CrossTenantAccess?.Partners ?? [], p => p.TenantId, StringComparer.OrdinalIgnoreCase, p => p.Source,
                (p, first) => InputDiagnostics.DuplicatePartner(p.Source!, p.TenantId, first)));

    private static IEnumerable<Diagnostic> Duplicates<T>(
        IEnumerable<T> items, Func<T, string> key, StringComparer comparer, Func<T, SourceLocation?> source, Func<T, SourceLocation?, Diagnostic> report)
    {
        var seen = new Dictionary<string, T>(comparer);
        foreach (var item in items)
        {
            if (!seen.TryAdd(key(item), item))
            {
                yield return report(item, source(seen[key(item)]));
            }
        }
    }
}
