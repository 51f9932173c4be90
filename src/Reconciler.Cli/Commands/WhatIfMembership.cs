using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;
using Reconciler.Planning.Tenant;

namespace Reconciler.Cli.Commands;

/// <summary>
/// Against the live tenant, a verdict that waits on group or role membership the caller did not give is decided with
/// what the tenant says the user belongs to. When it cannot say, the verdict stays <c>notEnoughInformation</c> and a
/// note (B2B2105, B2B2106) says why and what would decide it; a failure other than a refusal is its B2B3xxx error.
/// </summary>
internal static class WhatIfMembership
{
    public static async Task<(SignIn SignIn, IReadOnlyList<Diagnostic> Notes, Diagnostic? Failure)> ResolveAsync(
        SignIn signIn, IReadOnlyList<PolicyUnderTest> policies, ITenant tenant, CancellationToken cancellationToken)
    {
        if (!MembershipNeed.Matters(signIn, policies) || tenant is not IMembershipReader reader)
        {
            return (signIn, [], null);
        }
        var who = signIn.User.Email is null && signIn.User.Id is null ? "any such user" : signIn.User.ToString();
        if (signIn.User.Id is not { } userId)
        {
            var why = who == "any such user" ? "no user is named, so there are no memberships to read" : "the user is not in the tenant, so it has no memberships to read";
            return (signIn, [PlanningDiagnostics.MembershipNotRead(who, why, "Name a user of the tenant, or give them with --group and --role.")], null);
        }
        var read = await reader.ReadMembershipsAsync(userId, cancellationToken);
        if (read.Failure is { } failure)
        {
            return (signIn, [], failure);
        }
        if (read.RefusedFor is { } permissions)
        {
            return (signIn, [PlanningDiagnostics.MembershipNotRead(who, "the tenant refused to list the user's memberships (403)",
                $"Grant {permissions} to decide them, or give them with --group and --role.")], null);
        }
        IReadOnlyList<Diagnostic> notes = read.RoleTemplateIds is null ? [PlanningDiagnostics.RoleTemplatesNotRead(who)] : [];
        return (MembershipNeed.With(signIn, read), notes, null);
    }
}
