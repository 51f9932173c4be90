using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Routes;

/// <summary>POST /invitations: creates (or adopts) the guest user at once; no mail is sent, nobody redeems.</summary>
internal static class InvitationRoutes
{
    // Graph rejects these anywhere in the address (graph-facts 1.1).
    private const string ForbiddenCharacters = "~!#$%^&*()+=[]{}\\/|;:\"<>?,";

    public static IEnumerable<Route> All() => [Route.Of("POST", "/invitations", Permissions.Invite, Invite)];

    private static EmulatorResponse Invite(RouteContext ctx)
    {
        if (ctx.Request.BodyObject() is not { } body)
        {
            return EmulatorResponse.BadRequest("Empty Payload. JSON content expected.");
        }
        var email = Wire.AsString(body["invitedUserEmailAddress"])?.Trim();
        var redirect = Wire.AsString(body["inviteRedirectUrl"]);
        if (string.IsNullOrEmpty(email))
        {
            return EmulatorResponse.BadRequest("The invitedUserEmailAddress property is required.");
        }
        if (!IsValidEmail(email))
        {
            return EmulatorResponse.BadRequest($"The specified email address '{email}' is invalid.");
        }
        if (string.IsNullOrEmpty(redirect))
        {
            return EmulatorResponse.BadRequest("The inviteRedirectUrl property is required.");
        }
        var userType = Wire.AsString(body["invitedUserType"]) ?? "Guest";
        if (userType is not ("Guest" or "Member"))
        {
            return EmulatorResponse.BadRequest($"Invalid invitedUserType '{userType}'.");
        }

        var existing = ctx.Store.FindByMail(email);
        if (existing is not null && (existing.State != UserState.Active || existing.UserType != "Guest"))
        {
            return EmulatorResponse.BadRequest($"The invited user already exists in the directory as object {existing.Id}.");
        }
        // Re-inviting an existing guest adopts it: same object, fresh redeem URL, no second user.
        var user = existing ?? ctx.Store.CommitUser(
            UserShape.NewInvitedUser(email, Wire.AsString(body["invitedUserDisplayName"]), userType, ctx.Store.InitialDomain),
            UserState.Active);

        var invitation = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["inviteRedeemUrl"] = $"https://login.microsoftonline.com/redeem?rd={Uri.EscapeDataString(Convert.ToBase64String(Guid.NewGuid().ToByteArray()))}",
            ["invitedUserDisplayName"] = body["invitedUserDisplayName"]?.DeepClone(),
            ["invitedUserType"] = userType,
            ["invitedUserEmailAddress"] = email,
            ["sendInvitationMessage"] = body["sendInvitationMessage"]?.DeepClone() ?? false,
            ["resetRedemption"] = body["resetRedemption"]?.DeepClone() ?? false,
            ["inviteRedirectUrl"] = redirect,
            ["status"] = Wire.AsString(user.Data["externalUserState"]) == "Accepted" ? "Completed" : "PendingAcceptance",
            ["invitedUserMessageInfo"] = body["invitedUserMessageInfo"]?.DeepClone() ?? new JsonObject
            {
                ["messageLanguage"] = null,
                ["customizedMessageBody"] = null,
                ["ccRecipients"] = new JsonArray(),
            },
            ["invitedUser"] = new JsonObject { ["id"] = user.Id },
        };
        return EmulatorResponse.Created(ctx.Entity("invitations/$entity", invitation));
    }

    private static bool IsValidEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Any(ForbiddenCharacters.Contains))
        {
            return false;
        }
        var (local, domain) = (email[..at], email[(at + 1)..]);
        static bool Edges(string s) => s[0] is not ('.' or '-') && s[^1] is not ('.' or '-');
        return Edges(local) && Edges(domain) && domain.Contains('.') && !email.Any(char.IsWhiteSpace);
    }
}
