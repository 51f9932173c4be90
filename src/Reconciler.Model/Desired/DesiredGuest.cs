using Reconciler.Model.Diagnostics;

namespace Reconciler.Model.Desired;

/// <summary>
/// A B2B guest, keyed by email (case-insensitive). <see cref="UserType"/> and <see cref="AccountEnabled"/> are always
/// managed (null stands for their defaults, <c>Guest</c> and enabled); a null <see cref="DisplayName"/> is not managed.
/// </summary>
public sealed record DesiredGuest
{
    public required string Email { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>Where the guest lands after redeeming the invitation (<c>inviteRedirectUrl</c>); defaults to My Apps.</summary>
    public string? RedirectUrl { get; init; }

    public bool? SendInvitationMessage { get; init; }

    /// <summary>Optional message body of the invitation email.</summary>
    public string? InvitationMessage { get; init; }

    /// <summary>Declared value, or null for the default (enabled).</summary>
    public bool? AccountEnabled { get; init; }

    /// <summary><c>Guest</c>, or <c>Member</c> for a B2B member; null for the default (<c>Guest</c>).</summary>
    public string? UserType { get; init; }

    public string ManagedUserType => UserType ?? "Guest";

    public bool ManagedAccountEnabled => AccountEnabled ?? true;

    public Ensure Ensure { get; init; } = Ensure.Present;

    /// <summary>
    /// Paths another team manages (<c>ignoreChanges</c>, Pulumi's name): drift and plan do not compare them or anything
    /// under them, and an update leaves their live value. Validated against <see cref="IgnorablePaths"/>.
    /// </summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    /// <summary>Where the guest was declared, for diagnostics.</summary>
    public SourceLocation? Source { get; init; }

    public const string DefaultRedirectUrl = "https://myapps.microsoft.com";
}
