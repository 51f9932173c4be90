using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.PulumiMapping.Invitations;

/// <summary>Maps a declared guest to the inputs of an azuread invitation.</summary>
public static class InvitationMapper
{
    /// <summary>azuread's default message language; set only when there is no custom body, which conflicts with it.</summary>
    public const string DefaultLanguage = "en-US";

    public static Mapped<InvitationArgsModel> Map(DesiredGuest guest)
    {
        var diagnostics = new List<Diagnostic>();
        if (guest.AccountEnabled is not null)
        {
            diagnostics.Add(PulumiDiagnostics.NotExpressible($"guest '{guest.Email}'", "accountEnabled", "Invitation", guest.Source));
        }

        if (guest.SendInvitationMessage != true && guest.InvitationMessage is not null)
        {
            diagnostics.Add(PulumiDiagnostics.IgnoredByProvider($"guest '{guest.Email}'", "invitationMessage", "because sendInvitationMessage is not true", guest.Source));
        }

        var args = new InvitationArgsModel(
            UserEmailAddress: guest.Email,
            RedirectUrl: guest.RedirectUrl ?? DesiredGuest.DefaultRedirectUrl,
            UserDisplayName: guest.DisplayName,
            UserType: guest.ManagedUserType,
            Message: guest.SendInvitationMessage == true ? MessageFor(guest.InvitationMessage) : null);
        return new Mapped<InvitationArgsModel>(args, diagnostics);
    }

    private static InvitationMessageModel MessageFor(string? body) =>
        body is null
            ? new InvitationMessageModel(Body: null, AdditionalRecipients: null, Language: DefaultLanguage)
            : new InvitationMessageModel(Body: body, AdditionalRecipients: null, Language: null);
}
