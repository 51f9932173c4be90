using Pulumi;
using Pulumi.AzureAD;
using Pulumi.AzureAD.Inputs;
using Reconciler.PulumiMapping;
using Reconciler.PulumiMapping.Invitations;

namespace Reconciler.Infra.Stack;

/// <summary>Declares one <see cref="Invitation"/> per guest, keyed by email so policies can use the guest's <c>UserId</c>.</summary>
internal static class GuestDeclarations
{
    public static IReadOnlyDictionary<string, Invitation> Declare(PulumiStackModel model)
    {
        var options = Options(model);
        return model.Guests.ToDictionary(
            g => g.Args.UserEmailAddress,
            g => new Invitation(g.ResourceName, Translate(g.Args), ResourceOptions.Ignoring(g.IgnoreChanges, options)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Deleting an invitation deletes the guest user; RetainOnDelete keeps the user when the guest leaves the stack.</summary>
    public static CustomResourceOptions Options(PulumiStackModel model) => new() { RetainOnDelete = model.RetainGuestsOnDelete };

    public static InvitationArgs Translate(InvitationArgsModel model)
    {
        var args = new InvitationArgs { UserEmailAddress = model.UserEmailAddress, RedirectUrl = model.RedirectUrl };
        if (model.UserDisplayName is { } displayName)
        {
            args.UserDisplayName = displayName;
        }

        if (model.UserType is { } userType)
        {
            args.UserType = userType;
        }

        if (model.Message is { } message)
        {
            args.Message = Translate(message);
        }

        return args;
    }

    /// <summary>A present message block is what makes azuread send the invitation email.</summary>
    private static InvitationMessageArgs Translate(InvitationMessageModel message)
    {
        var args = new InvitationMessageArgs();
        if (message.Body is { } body)
        {
            args.Body = body;
        }

        if (message.AdditionalRecipients is { } recipient)
        {
            args.AdditionalRecipients = recipient;
        }

        if (message.Language is { } language)
        {
            args.Language = language;
        }

        return args;
    }
}
