using Reconciler.Loading.Binding;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Rules;

internal static class ReferenceRules
{
    /// <summary>
    /// A policy may name any user by email, but one the stack neither invites nor lists as break-glass is often
    /// a typo, and a typo in excludeUsers locks someone out. Warn, since the user may exist in the tenant already.
    /// </summary>
    public static IEnumerable<Diagnostic> Check(DesiredState state, IEnumerable<UserReference> references)
    {
        var known = state.Guests.Select(g => g.Email).Concat(state.BreakGlassAccounts).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return references
            .Where(r => !known.Contains(r.Email))
            .Select(r => InputDiagnostics.UndeclaredUserReference(r.Location, r.Path, r.Email));
    }

    public static IEnumerable<Diagnostic> CheckPartners(DesiredState state) =>
        (state.CrossTenantAccess?.Partners ?? [])
            .Where(p => string.Equals(p.TenantId, state.TenantId, StringComparison.OrdinalIgnoreCase) && p.Source is not null)
            .Select(p => InputDiagnostics.PartnerIsOwnTenant(p.Source!, p.TenantId));
}
