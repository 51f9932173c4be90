using static Reconciler.Testing.Properties.Layer;
using static Reconciler.Testing.Properties.Rows;

namespace Reconciler.Testing.Properties;

/// <summary>
/// A guest is declared once and reaches Graph twice: as an invitation (sent once, never kept by Graph to read back)
/// and as the user the invitation creates, which is read, compared and patched.
/// </summary>
internal static class GuestProperties
{
    private const string OneShot = "Graph keeps no invitation to read back; the user it created stands for it";
    private const string NotDrift = "an invitation's settings are not compared: sending it again would invite twice";
    private const string Echoed = "echoed in the answer to the POST, not kept";

    private static PropertyRow InvitationSetting(string name, string? stackKey, string? pulumiNote = null) =>
        Modelled(name, null,
            Yes(StackKey, $"as the guest's {stackKey}"),
            NotApplicable(Normaliser, NotDrift),
            NotApplicable(GraphRead, OneShot),
            NotApplicable(Export, OneShot),
            Partly(EmulatorStore, Echoed),
            pulumiNote is null ? (PulumiMapping, LayerSupport.Yes) : Partly(PulumiMapping, pulumiNote));

    public static IReadOnlyList<PropertySection> Sections { get; } =
    [
        new("Invitation", "invitation",
        [
            ServerOwned("id", "the invitation's id, which Graph does not keep to read"),
            ServerOwned("inviteRedeemUrl", "the link the service makes for the guest to redeem"),
            ServerOwned("status", "PendingAcceptance or Completed, set by the service"),
            ServerOwned("invitedUser", "the user the invitation creates; its id is read back to follow the guest"),
            Modelled("invitedUserEmailAddress", null,
                Yes(StackKey, "as the guest's email, its identity (compared ignoring case)"),
                NotApplicable(Normaliser, "the identity, matched against the user's mail and UPN"),
                NotApplicable(GraphRead, OneShot),
                NotApplicable(Export, OneShot),
                Partly(EmulatorStore, "becomes the user's mail")),
            InvitationSetting("inviteRedirectUrl", "redirectUrl"),
            InvitationSetting("invitedUserDisplayName", "displayName (then compared and patched on the user)"),
            InvitationSetting("invitedUserType", "userType (then compared and patched on the user)", "ForceNew in azuread: a change replaces the invitation, which re-invites the guest"),
            InvitationSetting("sendInvitationMessage", "sendInvitationMessage", "azuread sends the email exactly when a message block is present"),
            InvitationSetting("invitedUserMessageInfo", "invitationMessage"),
            NotSupported("invitedUserSponsors", "sponsors are not managed; the local tenant ignores them"),
            NotSupported("resetRedemption", "Reconciler never resets a guest's redemption; the local tenant echoes the flag and resets nothing"),
        ]),
        new("InvitedUserMessageInfo", "invitedUserMessageInfo",
        [
            InvitationSetting("customizedMessageBody", "invitationMessage"),
            NotSupported("ccRecipients", "no stack key; azuread's additionalRecipients is not mapped either"),
            NotSupported("messageLanguage", "no stack key: Graph's default language is used (azuread's en-US when there is no custom body)"),
        ]),
        new("User", "user",
        [
            ServerOwned("id", "the guest's object id, read: policies' user lists hold it, and the stack names the guest by email instead"),
            Modelled("mail", "\"lossless-mail@fabrikam.example\"",
                Yes(StackKey, "as email, the guest's identity"),
                Partly(Normaliser, "the identity: a guest is found by it (or its UPN), ignoring case, not compared"),
                Partly(GraphWrite, "set by the invitation's invitedUserEmailAddress, never patched"),
                Yes(PulumiMapping, "as the invitation's userEmailAddress")),
            Modelled("displayName", "\"Lossless Guest (Fabrikam)\"", Partly(PulumiMapping, "as the invitation's userDisplayName: ForceNew, a change re-invites")),
            Modelled("userType", "\"Member\"",
                No(Export, "export writes guests only: the tenant is listed by userType eq 'Guest', so an invited user turned Member is not exported; declare it by hand with userType: Member"),
                Partly(PulumiMapping, "as the invitation's userType: ForceNew, a change re-invites")),
            Modelled("accountEnabled", "false", No(PulumiMapping, "azuread's Invitation has no input for it; the Pulumi program refuses it before registering anything")),
            ServerOwned("userPrincipalName", "the #EXT# form the invitation sets; read to find a guest by mail or UPN"),
            NotSupported("otherMails", "read only, to find a guest by any of its addresses; never declared or written"),
            ServerOwned("externalUserState", "PendingAcceptance or Accepted, set by redemption; read for reports"),
            ServerOwned("creationType", "Invitation for an invited user; read to tell a guest turned member from a member"),
            ServerOwned("deletedDateTime", "set in the recycle bin; read to restore a guest deleted by hand"),
        ], Complete: false, Note: "Only the properties Reconciler reads or writes: the SDK's user has well over a hundred, and the rest are neither read nor written."),
    ];
}
