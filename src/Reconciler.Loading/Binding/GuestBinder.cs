using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Loading.Binding;

internal static class GuestBinder
{
    public static DesiredGuest? Bind(Binding binding, ConfigNode node, string path) =>
        ObjectReader.Bind(binding, node, path, guest =>
        {
            var email = guest.Required("email", key => Email(guest, key));
            var value = new DesiredGuest
            {
                Email = email ?? "",
                DisplayName = guest.String("displayName"),
                RedirectUrl = guest.String("redirectUrl"),
                SendInvitationMessage = guest.Bool("sendInvitationMessage"),
                InvitationMessage = guest.String("invitationMessage"),
                AccountEnabled = guest.Bool("accountEnabled"),
                UserType = guest.Enum("userType", Vocabulary.UserType),
                Ensure = EnsureBinder.Read(guest),
                IgnoreChanges = IgnoreChangesBinder.Read(guest, ResourceType.Guest),
                Source = guest.Location,
            };
            return email is null ? null : value;
        });

    private static string? Email(ObjectReader guest, string key)
    {
        if (guest.String(key) is not { } email)
        {
            return null;
        }

        if (Formats.IsEmail(email))
        {
            return email;
        }

        guest.Binding.Report(InputDiagnostics.MalformedEmail(guest.Node(key)!.Location, guest.KeyPath(key), email));
        return null;
    }
}

internal static class EnsureBinder
{
    public static Ensure Read(ObjectReader reader) => reader.Enum("ensure", Vocabulary.Ensure) == "absent" ? Ensure.Absent : Ensure.Present;
}
