using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.WhatIf;

/// <summary>
/// Does a policy's <c>conditions.users</c> take in the signing-in user? Ids and the <c>All</c>, <c>None</c> and
/// <c>GuestsOrExternalUsers</c> tokens, groups (by transitive membership), roles (by the roleTemplateId of the user's
/// directory roles), and guest or external user types scoped to tenants. Any exclusion beats every inclusion.
/// </summary>
internal static class UserAssignment
{
    public static bool Applies(JsonObject? users, SignInFacts signIn) =>
        users is not null
        && (Listed(users["includeUsers"], signIn) || Holds(users["includeGroups"], signIn.GroupIds)
            || Holds(users["includeRoles"], signIn.RoleTemplateIds) || External(users["includeGuestsOrExternalUsers"], signIn))
        && !(Listed(users["excludeUsers"], signIn) || Holds(users["excludeGroups"], signIn.GroupIds)
            || Holds(users["excludeRoles"], signIn.RoleTemplateIds) || External(users["excludeGuestsOrExternalUsers"], signIn));

    private static bool Holds(JsonNode? ids, IReadOnlySet<string> memberships) => SignInFacts.Strings(ids).Any(memberships.Contains);

    private static bool Listed(JsonNode? references, SignInFacts signIn) =>
        SignInFacts.Strings(references).Any(reference => reference.ToLowerInvariant() switch
        {
            "all" => true,
            "none" => false,
            "guestsorexternalusers" => signIn.ExternalUserType is not null,
            _ => string.Equals(reference, signIn.UserId, StringComparison.OrdinalIgnoreCase),
        });

    private static bool External(JsonNode? selection, SignInFacts signIn)
    {
        if (selection is not JsonObject external || signIn.ExternalUserType is not { } type
            || !Flags(external["guestOrExternalUserTypes"]).Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var tenants = external["externalTenants"] as JsonObject;
        var enumerated = string.Equals(Wire.AsString(tenants?["membershipKind"]), "enumerated", StringComparison.OrdinalIgnoreCase);
        // An internal guest is a local account: no home tenant for an enumeration to leave out.
        return !enumerated || string.Equals(type, "internalGuest", StringComparison.OrdinalIgnoreCase)
            || SignInFacts.Strings(tenants!["members"]).Contains(signIn.ExternalTenantId ?? "", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A flags enum travels as one comma-separated string.</summary>
    public static IReadOnlyList<string> Flags(JsonNode? node) =>
        (Wire.AsString(node) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
