using Reconciler.Core.Live;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Finds live users by an email a person wrote: <c>mail</c>, any of <c>otherMails</c>, the UPN, or for a guest the
/// <c>#EXT#</c> UPN Graph builds from the invited address (<c>alice_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>).
/// </summary>
public sealed class UserDirectory(IEnumerable<LiveUser> users)
{
    private readonly IReadOnlyList<LiveUser> users = users.ToList();

    public IReadOnlyList<LiveUser> FindByEmail(string email) =>
        users.Where(user => Matches(user, email)).ToList();

    private static bool Matches(LiveUser user, string email) =>
        Same(user.Mail, email)
        || user.OtherMails.Any(other => Same(other, email))
        || Same(user.UserPrincipalName, email)
        || (user.UserPrincipalName?.StartsWith(ExternalUpnPrefix(email), StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The part of a guest's UPN before the tenant's domain: the <c>@</c> becomes <c>_</c>, then <c>#EXT#@</c>.</summary>
    public static string ExternalUpnPrefix(string email) => $"{email.Replace('@', '_')}#EXT#@";

    private static bool Same(string? left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
