namespace Reconciler.PulumiMapping;

/// <summary>
/// A user named in a policy (includeUsers, excludeUsers) as the Pulumi program must resolve it.
/// The program turns each kind into an <c>Input&lt;string&gt;</c>: a literal, the invitation's <c>UserId</c>
/// output, or a directory lookup.
/// </summary>
public abstract record UserReference
{
    /// <summary>An object id, or one of Graph's tokens (<c>All</c>, <c>None</c>, <c>GuestsOrExternalUsers</c>), sent as written.</summary>
    public sealed record Literal(string Value) : UserReference;

    /// <summary>A guest the same stack invites: its object id is the invitation's <c>UserId</c> output.</summary>
    public sealed record DeclaredGuest(string Email) : UserReference;

    /// <summary>A user the stack does not manage (a break-glass account, an earlier guest), found by UPN or mail.</summary>
    public sealed record ExistingUser(string Email) : UserReference;

    /// <summary>Sorts a declared value: an address is a declared guest when the stack invites it, otherwise an existing user.</summary>
    public static UserReference From(string value, IReadOnlySet<string> declaredGuestEmails)
    {
        if (!value.Contains('@', StringComparison.Ordinal))
        {
            return new Literal(value);
        }

        return declaredGuestEmails.Contains(value) ? new DeclaredGuest(value) : new ExistingUser(value);
    }
}
