using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B2xxx catalogue: planning and safety findings, one factory per code. Each code is explained, with an
/// example and a fix, in docs/diagnostics.md.
/// </summary>
public static partial class PlanningDiagnostics
{
    [DiagnosticCode("B2B2001")]
    public static Diagnostic UnresolvedUserReference(string email, string owner, SourceLocation? at) =>
        Error($"'{email}' in {owner} matches no user in the tenant and is not a declared guest. Declare it under guests, or use the user's object id.", at);

    [DiagnosticCode("B2B2002")]
    public static Diagnostic AmbiguousUserReference(string email, string owner, int count, SourceLocation? at) =>
        Error($"'{email}' in {owner} matches {count} users in the tenant. Use the object id of the one you mean.", at);

    [DiagnosticCode("B2B2003")]
    public static Diagnostic DuplicatePolicyName(string displayName, IEnumerable<string> ids, SourceLocation? at) =>
        Error($"The tenant holds several policies named '{displayName}' ({string.Join(", ", ids)}). Pin the one to manage with 'id', or rename the others.", at);

    [DiagnosticCode("B2B2004")]
    public static Diagnostic PinnedPolicyNotFound(string displayName, string id, SourceLocation? at) =>
        Error($"Policy '{displayName}' is pinned to id {id}, which the tenant does not hold. Restore the deleted policy, or remove the 'id' to create it anew.", at);

    [DiagnosticCode("B2B2005")]
    public static Diagnostic GuestEmailBelongsToMember(string email, string userId, SourceLocation? at) =>
        Error($"'{email}' is a member of this tenant (user {userId}), not a guest. Remove it from guests, or manage the member outside this stack.", at);

    [DiagnosticCode("B2B2007")]
    public static Diagnostic BreakGlassAccountNotFound(string account) =>
        Warning($"Break-glass account '{account}' matches no user in the tenant, so no policy can be checked against it. Fix the address or use the object id.");

    [DiagnosticCode("B2B2010")]
    public static Diagnostic BreakGlassLockout(string displayName, string account) =>
        Error($"Policy '{displayName}' is enabled and applies to break-glass account '{account}'. Add it to excludeUsers, or pass --allow-break-glass-lockout if this is intended.");

    [DiagnosticCode("B2B2011")]
    public static Diagnostic AllUsersWithoutBreakGlassExclusion(string displayName, bool noneDeclared = false) =>
        Error(noneDeclared
            ? $"Policy '{displayName}' is enabled for All users with grant controls, and the stack declares no breakGlassAccounts it could exclude. Declare them in b2b:breakGlassAccounts and exclude them in excludeUsers, or pass --allow-all-users-without-break-glass."
            : $"Policy '{displayName}' is enabled for All users with grant controls and does not exclude every break-glass account. Exclude them in excludeUsers, or pass --allow-all-users-without-break-glass.");

    [DiagnosticCode("B2B2012")]
    public static Diagnostic NoBreakGlassAccount() =>
        Warning("The stack declares Conditional Access policies but no breakGlassAccounts, so lockouts cannot be checked. Declare at least one emergency access account.");

    [DiagnosticCode("B2B2013")]
    public static Diagnostic DirectEnable(string displayName) =>
        Warning($"Policy '{displayName}' would be created directly as enabled. Create it as enabledForReportingButNotEnforced, watch the sign-in logs, then enable it; or pass --allow-direct-enable.");

    [DiagnosticCode("B2B2014")]
    public static Diagnostic TenantMismatch(string declared, string live) =>
        Error($"The stack is for tenant {declared} but the credentials reach tenant {live}. Nothing is read further or written; sign in to the right tenant.");

    [DiagnosticCode("B2B2015")]
    public static Diagnostic PulumiOwnsWrites(string stack) =>
        Error($"Stack '{stack}' declares engine: pulumi, so 'pulumi up' (or 'pulumi destroy') owns writes. Run that instead; reconciler plan and drift still work.");

    [DiagnosticCode("B2B2016")]
    public static Diagnostic PendingGuestReference(string email, string owner) =>
        Info($"{owner} refers to guest '{email}', who is invited first; the policy is written with the new user's id.");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PlanningDiagnostics), factory, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Info(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PlanningDiagnostics), factory, DiagnosticSeverity.Info, message, at);

    private static Diagnostic Warning(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PlanningDiagnostics), factory, DiagnosticSeverity.Warning, message, at);
}
