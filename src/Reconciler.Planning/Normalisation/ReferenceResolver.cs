using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Turns emails in user references into object ids through the live tenant. An email of a declared guest that
/// is not invited yet stays an email (pending: the invitation goes first). A member's own mail or UPN wins over a
/// guest that lists the same address in otherMails. Any other email that matches no user, or more than one, stays as
/// written and yields a diagnostic instead of a guess.
/// </summary>
public sealed class ReferenceResolver(UserDirectory directory, IReadOnlySet<string> declaredGuestEmails)
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly HashSet<string> pending = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Emails of declared guests that references need but that the tenant does not hold yet.</summary>
    public IReadOnlySet<string> Pending => pending;

    public static ReferenceResolver For(LiveSnapshot live, IEnumerable<string> declaredGuestEmails) =>
        new(new UserDirectory(live.Users), declaredGuestEmails.ToHashSet(StringComparer.OrdinalIgnoreCase));

    public string Resolve(string reference, string owner, SourceLocation? source)
    {
        if (ReferenceTokens.PassesThrough(reference))
        {
            return reference;
        }

        var members = directory.FindMembersByOwnAddress(reference);
        var matches = members.Count == 1 ? members : directory.FindByEmail(reference);
        switch (matches.Count)
        {
            case 1:
                return matches[0].Id;
            case > 1:
                diagnostics.Add(PlanningDiagnostics.AmbiguousUserReference(reference, owner, matches.Count, source));
                return reference;
        }

        if (declaredGuestEmails.Contains(reference))
        {
            pending.Add(reference);
        }
        else
        {
            diagnostics.Add(PlanningDiagnostics.UnresolvedUserReference(reference, owner, source));
        }

        return reference;
    }

    public IReadOnlyList<string>? ResolveAll(IReadOnlyList<string>? references, string owner, SourceLocation? source) =>
        references?.Select(reference => Resolve(reference, owner, source)).ToList();

    public ConditionalAccessPolicyBody ResolvePolicy(ConditionalAccessPolicyBody body, SourceLocation? source)
    {
        var users = body.Conditions?.Users;
        if (users is null)
        {
            return body;
        }

        var owner = $"policy '{body.DisplayName}'";
        var resolved = users with
        {
            IncludeUsers = ResolveAll(users.IncludeUsers, owner, source),
            ExcludeUsers = ResolveAll(users.ExcludeUsers, owner, source),
        };
        return body with { Conditions = body.Conditions! with { Users = resolved } };
    }
}
