using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting.Access;

/// <summary>
/// The plan's sign-in impact: for each declared guest, and for guests of each partner tenant, into each app that a
/// policy before or after targets, the outcome under the live tenant and under the tenant the plan leads to.
/// Only rows whose outcome changes are returned.
/// </summary>
/// <remarks>
/// "After" is <see cref="TenantAfterPlan"/>, the one projection the safety gates judge too: what apply writes, by
/// Graph's PATCH rules, and nothing the stack says but the plan does not write. A declared guest's home tenant is
/// the one Graph finds for the email's domain (<see cref="LiveSnapshot.HomeTenantOf"/>); a guest whose domain finds
/// none is judged with the default trust. Partners get rows of their own.
/// </remarks>
public static class SignInImpactTable
{
    public static IReadOnlyList<SignInImpactRow> Build(DesiredState desired, LiveSnapshot live, IEnumerable<PlannedAction> actions) =>
        Build(desired, live, TenantAfterPlan.Project(live, actions));

    /// <summary>The rows between two tenants: the live one and <paramref name="projected"/> (or a tenant read back after apply).</summary>
    public static IReadOnlyList<SignInImpactRow> Build(DesiredState desired, LiveSnapshot live, LiveSnapshot projected)
    {
        var beforePolicies = Policies(live);
        var afterPolicies = Policies(projected);
        var beforeTrust = CrossTenantTrust.From(live);
        var afterTrust = CrossTenantTrust.From(projected);
        var names = new NameBook(desired, live);

        var subjects = Subjects(desired, live, projected).ToList();
        // Guests the policies before and after treat alike are evaluated once, for the first of them (SignInGroups).
        var groups = SignInGroups.Of(Enumerable.Range(0, subjects.Count), i => subjects[i], beforePolicies.Concat(afterPolicies));
        var apps = TargetedApplications.For(groups.Select(g => subjects[g[0]]), beforePolicies.Concat(afterPolicies), [KnownApplications.WindowsAzureServiceManagementApi]);
        var rows = new List<(int Subject, SignInImpactRow Row)>();
        foreach (var group in groups)
        {
            foreach (var app in apps)
            {
                var signIn = new SignIn { User = subjects[group[0]], ApplicationId = app };
                var before = AccessEvaluator.Evaluate(signIn, beforePolicies, beforeTrust);
                var after = AccessEvaluator.Evaluate(signIn, afterPolicies, afterTrust);
                if (SignInImpact.Changes(before, after))
                {
                    var reason = Reason(before, after);
                    rows.AddRange(group.Select(i => (i, new SignInImpactRow(names.Subject(subjects[i]), app, KnownApplications.NameOf(app) ?? app, before.Outcome, after.Outcome, reason))));
                }
            }
        }

        // Rows in the order one evaluation per subject and app gave them: subject by subject, app by app.
        return rows.OrderBy(r => r.Subject).Select(r => r.Row).ToList();
    }

    private static List<PolicyUnderTest> Policies(LiveSnapshot tenant) =>
        tenant.ConditionalAccessPolicies.Select(p => new PolicyUnderTest(p.Body)).ToList();

    /// <summary>Declared guests (by the id they have after the plan, which an invitation gives them) and partners before or after.</summary>
    private static IEnumerable<SignInUser> Subjects(DesiredState desired, LiveSnapshot live, LiveSnapshot projected)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in projected.Users.Where(u => u.Mail is not null))
        {
            ids.TryAdd(user.Mail!, user.Id);
        }

        foreach (var guest in desired.Guests.Where(g => g.Ensure == Ensure.Present))
        {
            var id = ids.GetValueOrDefault(guest.Email);
            yield return SignInUser.Guest(guest.Email, live.HomeTenantOf(guest.Email), id: id);
        }

        var partners = (desired.CrossTenantAccess?.Partners.Select(p => p.TenantId) ?? [])
            .Concat(live.Partners.Select(p => p.TenantId))
            .Concat(projected.Partners.Select(p => p.TenantId))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var tenantId in partners)
        {
            yield return new SignInUser { ExternalUserType = ExternalUserType.B2bCollaborationGuest, HomeTenantId = tenantId };
        }
    }

    /// <summary>
    /// Why the outcome changes, in the evaluator's terms: the policies that start or stop applying, else a change of
    /// where MFA is done (a trust setting) or of whether the deciding policy is enforced.
    /// </summary>
    private static string Reason(AccessDecision before, AccessDecision after)
    {
        var was = before.Applying.Select(p => p.DisplayName).ToHashSet(StringComparer.Ordinal);
        var now = after.Applying.Select(p => p.DisplayName).ToHashSet(StringComparer.Ordinal);
        var reasons = new List<string>();
        reasons.AddRange(now.Except(was).Select(name => $"'{name}' applies"));
        reasons.AddRange(was.Except(now).Select(name => $"'{name}' no longer applies"));
        if (reasons.Count == 0 && before.Outcome.Mfa != after.Outcome.Mfa)
        {
            reasons.Add($"MFA {before.Outcome.Mfa.ToToken()} -> {after.Outcome.Mfa.ToToken()} (cross-tenant trust)");
        }

        if (reasons.Count == 0 && before.Outcome.Enforced != after.Outcome.Enforced)
        {
            reasons.Add(after.Outcome.Enforced ? "the policy is enforced" : "the policy is report-only");
        }

        return reasons.Count == 0 ? "the required controls change" : string.Join("; ", reasons);
    }

    /// <summary>Names for partners: declared names first, then the names the tenant looked up.</summary>
    private sealed class NameBook(DesiredState desired, LiveSnapshot live)
    {
        private readonly HashSet<string> _liveMails = live.Users.Select(u => u.Mail).OfType<string>().ToHashSet(EmailAddress.Comparer);

        private readonly PartnerNames _partners = new(desired, live);

        /// <summary>A declared guest the live tenant does not hold is one the plan invites.</summary>
        public SignInSubject Subject(SignInUser user)
        {
            if (user.Email is not null)
            {
                return new SignInSubject(SignInSubjectKind.Guest, user.Email, Email: user.Email, New: !_liveMails.Contains(user.Email));
            }

            var name = user.HomeTenantId is null ? null : _partners.Of(user.HomeTenantId);
            return new SignInSubject(SignInSubjectKind.PartnerGuests, $"guests from {name}", TenantId: user.HomeTenantId);
        }
    }
}
