using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;

namespace Reconciler.Reporting.Access;

/// <summary>
/// The plan's sign-in impact: for each declared guest, and for guests of each partner tenant, into each app that a
/// declared or live policy targets, the outcome under the live state and under the state the plan leads to.
/// Only rows whose outcome changes are returned.
/// </summary>
/// <remarks>
/// "After" is the tenant as apply leaves it: the declared policies replace the live ones of the same name, undeclared
/// live policies stay, and declared cross-tenant settings replace the live ones they name. A declared guest's home
/// tenant is the one Graph finds for the email's domain (<see cref="LiveSnapshot.HomeTenantOf"/>); a guest whose
/// domain finds none is judged with the default trust. Partners get rows of their own.
/// </remarks>
public static class SignInImpactTable
{
    public static IReadOnlyList<SignInImpactRow> Build(DesiredState desired, LiveSnapshot live)
    {
        var beforePolicies = live.ConditionalAccessPolicies.Select(p => new PolicyUnderTest(p.Body)).ToList();
        var afterPolicies = AfterPolicies(desired, live);
        var beforeTrust = CrossTenantTrust.From(live);
        var afterTrust = AfterTrust(desired, live);
        var names = new NameBook(desired, live);

        var subjects = Subjects(desired, live).ToList();
        var apps = TargetedApplications.For(subjects, beforePolicies.Concat(afterPolicies), [KnownApplications.WindowsAzureServiceManagementApi]);
        var rows = new List<SignInImpactRow>();
        foreach (var user in subjects)
        {
            foreach (var app in apps)
            {
                var signIn = new SignIn { User = user, ApplicationId = app };
                var before = AccessEvaluator.Evaluate(signIn, beforePolicies, beforeTrust);
                var after = AccessEvaluator.Evaluate(signIn, afterPolicies, afterTrust);
                if (SignInImpact.Changes(before, after))
                {
                    rows.Add(new SignInImpactRow(names.Subject(user), app, KnownApplications.NameOf(app) ?? app, before.Outcome, after.Outcome, Reason(before, after)));
                }
            }
        }

        return rows;
    }

    private static IEnumerable<SignInUser> Subjects(DesiredState desired, LiveSnapshot live)
    {
        foreach (var guest in desired.Guests.Where(g => g.Ensure == Ensure.Present))
        {
            var id = live.Users.FirstOrDefault(u => string.Equals(u.Mail, guest.Email, StringComparison.OrdinalIgnoreCase))?.Id;
            yield return SignInUser.Guest(guest.Email, live.HomeTenantOf(guest.Email), id: id);
        }

        var partners = (desired.CrossTenantAccess?.Partners.Select(p => p.TenantId) ?? [])
            .Concat(live.Partners.Select(p => p.TenantId))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var tenantId in partners)
        {
            yield return new SignInUser { ExternalUserType = ExternalUserType.B2bCollaborationGuest, HomeTenantId = tenantId };
        }
    }

    private static List<PolicyUnderTest> AfterPolicies(DesiredState desired, LiveSnapshot live)
    {
        var declared = desired.ConditionalAccessPolicies.ToDictionary(p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        var kept = live.ConditionalAccessPolicies.Where(p => !declared.ContainsKey(p.DisplayName)).Select(p => new PolicyUnderTest(p.Body));
        var declaredPresent = desired.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present).Select(p => Overlay(p, live));
        return [.. kept, .. declaredPresent];
    }

    /// <summary>A declared policy as apply leaves it: undeclared properties keep their live values.</summary>
    private static PolicyUnderTest Overlay(DesiredPolicy declared, LiveSnapshot live)
    {
        var current = live.ConditionalAccessPolicies.FirstOrDefault(p => string.Equals(p.DisplayName, declared.DisplayName, StringComparison.OrdinalIgnoreCase));
        var body = declared.Body with { State = PolicyState.After(declared.Body.State, current?.Body.State) };
        return new PolicyUnderTest(body, declared.Source);
    }

    private static CrossTenantTrust AfterTrust(DesiredState desired, LiveSnapshot live)
    {
        var access = desired.CrossTenantAccess;
        var defaults = live.CrossTenantDefault.Settings;
        if (access?.Default?.InboundTrust is { } declaredTrust)
        {
            defaults = defaults with { InboundTrust = declaredTrust };
        }

        var partners = live.Partners.ToDictionary(p => p.TenantId, p => p.Settings, StringComparer.OrdinalIgnoreCase);
        foreach (var partner in access?.Partners ?? [])
        {
            if (partner.Ensure == Ensure.Absent)
            {
                partners.Remove(partner.TenantId);
            }
            else
            {
                partners[partner.TenantId] = Overlay(partners.GetValueOrDefault(partner.TenantId), partner.Settings);
            }
        }

        return new CrossTenantTrust(defaults, partners.Select(p => (p.Key, p.Value)));
    }

    private static CrossTenantSettings Overlay(CrossTenantSettings? live, CrossTenantSettings declared) =>
        (live ?? new CrossTenantSettings()) with { InboundTrust = declared.InboundTrust ?? live?.InboundTrust };

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
        public CrossTenantTrust Trust { get; } = CrossTenantTrust.From(desired.CrossTenantAccess);

        /// <summary>A declared guest with no live user (no object id) is one the plan invites.</summary>
        public SignInSubject Subject(SignInUser user)
        {
            if (user.Email is not null)
            {
                return new SignInSubject(SignInSubjectKind.Guest, user.Email, Email: user.Email, New: user.Id is null);
            }

            var name = Trust.NameOf(user.HomeTenantId)
                ?? (user.HomeTenantId is not null && live.TenantNames.TryGetValue(user.HomeTenantId.ToLowerInvariant(), out var looked) ? looked : user.HomeTenantId);
            return new SignInSubject(SignInSubjectKind.PartnerGuests, $"guests from {name}", TenantId: user.HomeTenantId);
        }
    }
}
