using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.DesiredState;

/// <summary>A B2B guest, keyed by email (case-insensitive). Null properties are not managed.</summary>
public sealed record DesiredGuest
{
    public required string Email { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>Where the guest lands after redeeming the invitation (<c>inviteRedirectUrl</c>); defaults to My Apps.</summary>
    public string? RedirectUrl { get; init; }

    public bool? SendInvitationMessage { get; init; }

    /// <summary>Optional message body of the invitation email.</summary>
    public string? InvitationMessage { get; init; }

    public bool? AccountEnabled { get; init; }

    public Ensure Ensure { get; init; } = Ensure.Present;

    /// <summary>Where the guest was declared, for diagnostics.</summary>
    public SourceLocation? Source { get; init; }

    public const string DefaultRedirectUrl = "https://myapps.microsoft.com";
}
