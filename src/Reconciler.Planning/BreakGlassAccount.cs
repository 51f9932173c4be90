using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>How a policy reaches an account: not at all, through <c>All</c>, or by naming it (its id, or the guest conditions).</summary>
internal enum Inclusion
{
    None,
    All,
    Direct,
}

/// <summary>An emergency access account as the gates see it: the name written in the stack and, when found, the user's id.</summary>
internal sealed record BreakGlassAccount(string Written, string? UserId, bool IsGuest)
{
    /// <summary>Groups and roles are not expanded: the gate judges what the policy names, which is what a reviewer reads.</summary>
    public Inclusion IncludedBy(ConditionalAccessPolicyBody policy)
    {
        if (policy.Conditions?.Users is not { } users || IsExcluded(users))
        {
            return Inclusion.None;
        }

        var include = users.IncludeUsers ?? [];
        if (include.Any(Names) || (IsGuest && (include.Any(ReferenceTokens.IsGuestsOrExternalUsers) || users.IncludeGuestsOrExternalUsers is not null)))
        {
            return Inclusion.Direct;
        }

        return include.Any(ReferenceTokens.IsAll) ? Inclusion.All : Inclusion.None;
    }

    private bool IsExcluded(ConditionalAccessUsers users)
    {
        var exclude = users.ExcludeUsers ?? [];
        return exclude.Any(Names)
            || (IsGuest && (exclude.Any(ReferenceTokens.IsGuestsOrExternalUsers) || users.ExcludeGuestsOrExternalUsers is not null));
    }

    private bool Names(string reference) =>
        string.Equals(reference, Written, StringComparison.OrdinalIgnoreCase)
        || string.Equals(reference, UserId, StringComparison.OrdinalIgnoreCase);
}
