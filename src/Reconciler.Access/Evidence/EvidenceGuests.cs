using Reconciler.Model.Access;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Access.Evidence;

/// <summary>
/// Which users of the log are guests, and of what kind and home tenant. An invited user is a B2B collaboration guest
/// (or member, once turned member), a local guest account an internal guest, anyone else a member, who is left out.
/// Graph v1.0 sign-ins do not carry the home tenant, so it is the one found for the email's domain, and says so.
/// </summary>
public static class EvidenceGuests
{
    /// <param name="homeTenants">Home tenant ids by email domain (lower case), as the tenant found them.</param>
    /// <param name="partnerName">The label for a home tenant: a declared or live partner's name, else null.</param>
    public static EvidenceGuest? Classify(LiveUser user, IReadOnlyDictionary<string, string> homeTenants, Func<string, string?> partnerName)
    {
        var type = TypeOf(user);
        if (type is null)
        {
            return null;
        }

        var email = user.Mail ?? (user.OtherMails.Count > 0 ? user.OtherMails[0] : null);
        if (type == ExternalUserType.InternalGuest)
        {
            return new EvidenceGuest(user.Id, email ?? user.UserPrincipalName, user.DisplayName, type.Value, null, "this tenant (internal guests)");
        }

        var domain = DomainOf(email);
        var home = domain is not null ? homeTenants.GetValueOrDefault(domain) : null;
        var partner = home is null
            ? domain is null ? "unknown home tenant" : $"{domain} (home tenant not found)"
            : partnerName(home) ?? $"{domain} (not a partner)";
        return new EvidenceGuest(user.Id, email, user.DisplayName, type.Value, home, partner, home is null ? null : domain);
    }

    /// <summary>The email domains whose home tenant a classification will ask for.</summary>
    public static string? DomainOf(LiveUser user) => TypeOf(user) is { } type && type != ExternalUserType.InternalGuest
        ? DomainOf(user.Mail ?? (user.OtherMails.Count > 0 ? user.OtherMails[0] : null))
        : null;

    private static ExternalUserType? TypeOf(LiveUser user) => (user.WasInvited, user.IsGuest) switch
    {
        (true, true) => ExternalUserType.B2bCollaborationGuest,
        (true, false) => ExternalUserType.B2bCollaborationMember,
        (false, true) => ExternalUserType.InternalGuest,
        _ => null,
    };

    private static string? DomainOf(string? email) => email is null ? null : EmailAddress.DomainOf(email)?.ToLowerInvariant();
}
