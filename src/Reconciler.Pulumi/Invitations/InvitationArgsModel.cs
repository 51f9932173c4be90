namespace Reconciler.PulumiMapping.Invitations;

/// <summary>
/// The inputs of <c>azuread:index/invitation:Invitation</c>, named as <c>Pulumi.AzureAD.InvitationArgs</c> names them.
/// Every input is ForceNew upstream: any change replaces the invitation, which deletes and re-invites the guest.
/// </summary>
public sealed record InvitationArgsModel(
    string UserEmailAddress,
    string RedirectUrl,
    string? UserDisplayName,
    string? UserType,
    InvitationMessageModel? Message)
{
    /// <summary>azuread sends the invitation email exactly when a <c>message</c> block is present.</summary>
    public bool SendsInvitationMessage => Message is not null;
}

/// <summary>
/// <c>InvitationMessageArgs</c>: <see cref="Body"/> and <see cref="Language"/> conflict upstream, and
/// <see cref="AdditionalRecipients"/> is a single address (the Terraform list has at most one item).
/// </summary>
public sealed record InvitationMessageModel(string? Body, string? AdditionalRecipients, string? Language);
