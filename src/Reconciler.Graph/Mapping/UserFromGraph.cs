using Microsoft.Graph.Models;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Mapping;

internal static class UserFromGraph
{
    /// <summary>Only the properties the reconciler compares or shows; <c>$select</c> asks for exactly these.</summary>
    public static readonly string[] Select =
        ["id", "mail", "userPrincipalName", "otherMails", "displayName", "userType", "externalUserState", "accountEnabled", "creationType"];

    /// <summary>The recycle bin's users also say since when they are there.</summary>
    public static readonly string[] DeletedSelect = [.. Select, "deletedDateTime"];

    public static LiveUser Map(User user) => new()
    {
        Id = user.Id ?? "",
        Mail = user.Mail,
        UserPrincipalName = user.UserPrincipalName,
        OtherMails = user.OtherMails?.OfType<string>().ToList() ?? [],
        DisplayName = user.DisplayName,
        UserType = user.UserType,
        ExternalUserState = user.ExternalUserState,
        AccountEnabled = user.AccountEnabled,
        CreationType = user.CreationType,
        DeletedDateTime = user.DeletedDateTime,
    };
}
