using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Model;

/// <summary>What a Graph user looks like on the wire, and how guests come into being.</summary>
internal static class UserShape
{
    /// <summary>Graph's answer to GET /users without $select.</summary>
    public static readonly string[] DefaultProperties =
    [
        "businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone",
        "officeLocation", "preferredLanguage", "surname", "userPrincipalName",
    ];

    /// <summary>Properties a client may change with PATCH (all known to the SDK's User model).</summary>
    public static readonly HashSet<string> Writable = new(StringComparer.Ordinal)
    {
        "accountEnabled", "businessPhones", "city", "companyName", "country", "department", "displayName",
        "employeeId", "givenName", "jobTitle", "mail", "mailNickname", "mobilePhone", "officeLocation",
        "otherMails", "preferredLanguage", "surname", "usageLocation", "userPrincipalName", "userType",
    };

    /// <summary>Every property $select may name; those never stored come back as null.</summary>
    public static readonly HashSet<string> Selectable = new(Writable.Concat(
    [
        "id", "createdDateTime", "creationType", "deletedDateTime", "externalUserState",
        "externalUserStateChangeDateTime", "identities", "onPremisesSyncEnabled", "proxyAddresses",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Guest created by an invitation: #EXT# UPN on the initial domain, PendingAcceptance.</summary>
    public static JsonObject NewInvitedUser(string email, string? displayName, string userType, string initialDomain)
    {
        var now = Wire.Now();
        return Normalize(new JsonObject
        {
            ["displayName"] = displayName ?? email.Split('@')[0],
            ["mail"] = email,
            ["userPrincipalName"] = GuestUpn(email, initialDomain),
            ["userType"] = userType,
            ["creationType"] = "Invitation",
            ["externalUserState"] = "PendingAcceptance",
            ["externalUserStateChangeDateTime"] = now,
            ["accountEnabled"] = true,
            ["otherMails"] = new JsonArray(email),
            ["identities"] = new JsonArray(new JsonObject
            {
                ["signInType"] = "userPrincipalName",
                ["issuer"] = initialDomain,
                ["issuerAssignedId"] = GuestUpn(email, initialDomain),
            }),
            ["createdDateTime"] = now,
        });
    }

    /// <summary>Graph's answer when a userPrincipalName (compared without regard to case) is taken.</summary>
    public const string UpnConflict = "Another object with the same value for property userPrincipalName already exists.";

    public static string GuestUpn(string email, string initialDomain) =>
        email.Replace('@', '_') + "#EXT#@" + initialDomain;

    /// <summary>Server-filled fields for any user (created, seeded or replayed).</summary>
    public static JsonObject Normalize(JsonObject user)
    {
        user.Remove("@odata.type");
        user.Remove("@odata.context");
        user["id"] ??= Guid.NewGuid().ToString();
        user["createdDateTime"] ??= Wire.Now();
        user["businessPhones"] ??= new JsonArray();
        user["otherMails"] ??= new JsonArray();
        user["identities"] ??= new JsonArray();
        user["accountEnabled"] ??= true;
        user["userType"] ??= "Member";
        return user;
    }

    /// <summary>Projects a stored user onto canonical $select names (or the default set), cloning so callers can't alias the store.</summary>
    public static JsonObject Project(JsonObject data, IReadOnlyList<string>? select)
    {
        var result = new JsonObject();
        foreach (var name in select ?? DefaultProperties)
        {
            result[name] = data[name]?.DeepClone();
        }
        return result;
    }
}
