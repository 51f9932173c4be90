using Reconciler.Model.CrossTenant;

namespace Reconciler.Model.Live;

/// <summary>
/// What the tenant holds, as far as the stack is concerned. Read through the tenant port, never mutated.
/// Guests are not the whole tenant: the declared ones, the ones that references resolved to, and a bounded
/// sample of the rest, so memory grows with the stack and not with the tenant.
/// </summary>
public sealed record LiveSnapshot
{
    public required LiveOrganization Organization { get; init; }

    /// <summary>Users whose mail or UPN matched a declared guest or a referenced email, plus a bounded sample of unmanaged guests.</summary>
    public IReadOnlyList<LiveUser> Users { get; init; } = [];

    /// <summary>How many guests the tenant holds in all (managed and unmanaged).</summary>
    public int GuestCount { get; init; }

    /// <summary>Soft-deleted users whose mail matched a declared guest (they block a new invitation).</summary>
    public IReadOnlyList<LiveUser> DeletedUsers { get; init; } = [];

    public IReadOnlyList<LivePolicy> ConditionalAccessPolicies { get; init; } = [];

    public required LiveCrossTenantDefault CrossTenantDefault { get; init; }

    public IReadOnlyList<LivePartner> Partners { get; init; } = [];

    /// <summary>Display names of partner tenants, by tenant id (lower case), for reports.</summary>
    public IReadOnlyDictionary<string, string> TenantNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Home tenant ids (lower case) by email domain (lower case), for the domains of declared guests that a tenant
    /// was found for. A guest's sign-in is judged with the trust its home tenant gets; see <see cref="HomeTenantOf"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> HomeTenants { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// False when only the declared partners were read (declared scope), so partners the stack does not declare are
    /// unknown rather than absent: reports say so instead of claiming there are none.
    /// </summary>
    public bool AllPartnersRead { get; init; } = true;

    /// <summary>How the snapshot was read: every guest, or only the declared ones.</summary>
    public ReadScope Scope { get; init; } = ReadScope.Full;

    /// <summary>After an incremental read: every guest and the link that continues from this read, for the next run.</summary>
    public Tenant.GuestCache? GuestCache { get; init; }

    /// <summary>Warnings found while reading (e.g. values the reader does not know); never errors, which throw.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The home tenant found for the domain of <paramref name="email"/>, or null when none was.</summary>
    public string? HomeTenantOf(string email) =>
        Identity.EmailAddress.DomainOf(email) is { } domain ? HomeTenants.GetValueOrDefault(domain) : null;
}

public enum ReadScope
{
    Full,
    Declared,
}

public sealed record LiveOrganization(string TenantId, string DisplayName);

/// <summary>A user as Graph returns it, reduced to the properties the reconciler compares or shows.</summary>
public sealed record LiveUser
{
    public required string Id { get; init; }

    public string? Mail { get; init; }

    public string? UserPrincipalName { get; init; }

    public IReadOnlyList<string> OtherMails { get; init; } = [];

    public string? DisplayName { get; init; }

    /// <summary><c>Guest</c> or <c>Member</c>.</summary>
    public string? UserType { get; init; }

    /// <summary><c>PendingAcceptance</c>, <c>Accepted</c>, or null for users that were not invited.</summary>
    public string? ExternalUserState { get; init; }

    public bool? AccountEnabled { get; init; }

    public string? CreationType { get; init; }

    /// <summary>When the user went to the recycle bin; set on soft-deleted users only.</summary>
    public DateTimeOffset? DeletedDateTime { get; init; }

    /// <summary>
    /// Came in through an invitation, whatever its <see cref="UserType"/> is now: a guest turned member in the portal
    /// is still the guest a stack declared, not an internal member.
    /// </summary>
    public bool WasInvited => CreationType == "Invitation" || ExternalUserState is not null
        || UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsGuest => string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase);
}

public sealed record LivePolicy
{
    public required string Id { get; init; }

    public required Model.ConditionalAccess.ConditionalAccessPolicyBody Body { get; init; }

    public string? TemplateId { get; init; }

    public DateTimeOffset? CreatedDateTime { get; init; }

    public DateTimeOffset? ModifiedDateTime { get; init; }

    public string DisplayName => Body.DisplayName;
}

public sealed record LiveCrossTenantDefault
{
    public bool IsServiceDefault { get; init; }

    public CrossTenantSettings Settings { get; init; } = new();
}

public sealed record LivePartner
{
    public required string TenantId { get; init; }

    /// <summary>Null blocks inherit from the default.</summary>
    public CrossTenantSettings Settings { get; init; } = new();
}
