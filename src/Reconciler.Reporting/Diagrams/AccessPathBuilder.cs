using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Reporting.Diagrams;

/// <summary>
/// Builds <see cref="AccessPaths"/> from the inputs the sign-in impact table reads: the declared guests and partners,
/// the policies and the inbound trust of two tenants, judged by the same evaluator. Declared guests whose paths are
/// the same in both states fold into one group per home tenant, so a thousand guests of three tenants draw as three
/// groups; each partner's other guests, and guests of any other tenant (judged by the default trust), get one each.
/// </summary>
public static class AccessPathBuilder
{
    /// <summary>A home tenant that is no partner: its guests are judged by the default settings.</summary>
    private const string AnyOtherTenant = "00000000-0000-0000-0000-000000000000";

    /// <summary>The live tenant, and the tenant the plan leads to.</summary>
    public static AccessPaths ForPlan(DesiredState desired, LiveSnapshot live, LiveSnapshot projected) =>
        Build(desired, live, new(live, "before"), new(projected, "after"));

    /// <summary>The tenant as the stack declares it (the live one with the plan that fixes the drift applied), and the live one.</summary>
    public static AccessPaths ForDrift(DesiredState desired, LiveSnapshot live, LiveSnapshot declared) =>
        Build(desired, live, new(declared, "declared"), new(live, "live"));

    private static AccessPaths Build(DesiredState desired, LiveSnapshot live, TenantState before, TenantState after)
    {
        TenantState[] states = [before, after];
        var subjects = Subjects(desired, live, before.Tenant, after.Tenant).ToList();
        var apps = TargetedApplications.For(subjects.Select(s => s.User), states.SelectMany(s => s.Policies), [KnownApplications.WindowsAzureServiceManagementApi]);
        var walked = subjects.Select(s => new Walked(s, [.. states.Select(state => state.Walk(s.User, apps))])).ToList();

        var groups = new List<AccessPathGroup>();
        var nodes = new List<AccessPathNode>();
        var edges = new List<AccessPathEdge>();
        foreach (var members in Fold(walked))
        {
            var first = members[0].Subject;
            var group = new AccessPathGroup(groups.Count + 1, first.Kind, GroupLabel(members), first.Kind == AccessPathGroupKind.DeclaredGuests ? members.Count : 0);
            groups.Add(group);
            var graph = new GroupGraph(group.Index);
            for (var state = 0; state < states.Length; state++)
            {
                graph.Add(state, HomeLabel(group, first), members[0].Paths[state]);
            }

            nodes.AddRange(graph.Nodes());
            edges.AddRange(graph.Edges());
        }

        return new AccessPaths(groups, nodes, edges, before.Name, after.Name);
    }

    /// <summary>Declared guests of one home tenant fold when their paths match; partners and any other tenant stay their own.</summary>
    private static IEnumerable<List<Walked>> Fold(List<Walked> walked) =>
        walked.GroupBy(w => w.Subject.Kind == AccessPathGroupKind.DeclaredGuests
                ? $"guest|{w.Subject.TenantKey}|{w.Subject.New}|{string.Join("|", w.Paths.Select(p => p.Signature))}"
                : $"{w.Subject.Kind}|{w.Subject.TenantKey}")
            .Select(g => g.ToList());

    private static string GroupLabel(List<Walked> members)
    {
        var first = members[0].Subject;
        return first.Kind switch
        {
            AccessPathGroupKind.DeclaredGuests when members.Count == 1 => first.User.Email!,
            AccessPathGroupKind.DeclaredGuests => $"{members.Count} {(first.New ? "new " : "")}guests",
            AccessPathGroupKind.PartnerGuests => "any guest",
            _ => "any guest",
        };
    }

    /// <summary>The first step of a path names who signs in and their home tenant, on two lines.</summary>
    private static string HomeLabel(AccessPathGroup group, Subject subject) => group.Kind == AccessPathGroupKind.AnyOtherTenant
        ? $"{group.Label}\nof any other tenant"
        : $"{group.Label}{(subject.New && group.Guests == 1 ? " (new)" : "")}\nof {subject.TenantName}";

    /// <summary>Declared guests (by the id they have in either state, which an invitation gives them), partners, and any other tenant.</summary>
    private static IEnumerable<Subject> Subjects(DesiredState desired, LiveSnapshot live, LiveSnapshot before, LiveSnapshot after)
    {
        var names = new PartnerNames(desired, live);
        string NameOf(string tenantId) => names.Of(tenantId);

        // Looked up by mail once, not searched per guest: a plan of 100,000 guests must stay linear.
        var ids = IdsByMail(after.Users.Concat(before.Users));
        var liveMails = live.Users.Select(u => u.Mail).OfType<string>().ToHashSet(EmailAddress.Comparer);
        foreach (var guest in desired.Guests.Where(g => g.Ensure == Ensure.Present))
        {
            var id = ids.GetValueOrDefault(guest.Email);
            var home = live.HomeTenantOf(guest.Email);
            var domain = EmailAddress.DomainOf(guest.Email) ?? "an unknown tenant";
            var isNew = !liveMails.Contains(guest.Email);
            yield return new Subject(AccessPathGroupKind.DeclaredGuests, SignInUser.Guest(guest.Email, home, id: id), home ?? domain, home is null ? domain : NameOf(home), isNew);
        }

        var partners = (desired.CrossTenantAccess?.Partners.Select(p => p.TenantId) ?? [])
            .Concat(before.Partners.Select(p => p.TenantId))
            .Concat(after.Partners.Select(p => p.TenantId))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var tenantId in partners)
        {
            var user = new SignInUser { ExternalUserType = ExternalUserType.B2bCollaborationGuest, HomeTenantId = tenantId };
            yield return new Subject(AccessPathGroupKind.PartnerGuests, user, tenantId.ToLowerInvariant(), NameOf(tenantId), New: false);
        }

        var other = new SignInUser { ExternalUserType = ExternalUserType.B2bCollaborationGuest, HomeTenantId = AnyOtherTenant };
        yield return new Subject(AccessPathGroupKind.AnyOtherTenant, other, AnyOtherTenant, "any other tenant", New: false);
    }

    /// <summary>Each mail's user id, from the first user that has it (the tenant after the plan before the live one).</summary>
    private static Dictionary<string, string> IdsByMail(IEnumerable<LiveUser> users)
    {
        var ids = new Dictionary<string, string>(EmailAddress.Comparer);
        foreach (var user in users)
        {
            if (user.Mail is { } mail)
            {
                ids.TryAdd(mail, user.Id);
            }
        }

        return ids;
    }

    private sealed record Subject(AccessPathGroupKind Kind, SignInUser User, string TenantKey, string TenantName, bool New);

    private sealed record Walked(Subject Subject, IReadOnlyList<TenantState.Path> Paths);
}
