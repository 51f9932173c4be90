using System.Text.Json;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>One user object of a page, as UTF-8 JSON, into a <see cref="LiveUser"/>; values of the wrong type read as absent.</summary>
internal static class RawUser
{
    public static LiveUser Map(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray(), StrictJson.Options);
        return Map(document.RootElement);
    }

    /// <summary>
    /// The users of a collection answer (none when it has no <c>value</c>). An element that is not an object makes the
    /// answer malformed: skipping it would read an existing user as missing and plan an invitation.
    /// </summary>
    public static IReadOnlyList<LiveUser> Collection(JsonElement page) =>
        page.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(u => u.ValueKind == JsonValueKind.Object ? Map(u) : throw new JsonException("a user that is not an object"))]
            : [];

    public static LiveUser Map(JsonElement user) =>
        new()
        {
            Id = JsonGet.Text(user, "id") ?? "",
            Mail = JsonGet.Text(user, "mail"),
            UserPrincipalName = JsonGet.Text(user, "userPrincipalName"),
            OtherMails = user.TryGetProperty("otherMails", out var other) && other.ValueKind == JsonValueKind.Array
                ? [.. other.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                : [],
            DisplayName = JsonGet.Text(user, "displayName"),
            UserType = JsonGet.Text(user, "userType"),
            ExternalUserState = JsonGet.Text(user, "externalUserState"),
            AccountEnabled = user.TryGetProperty("accountEnabled", out var enabled) && enabled.ValueKind is JsonValueKind.True or JsonValueKind.False ? enabled.GetBoolean() : null,
            CreationType = JsonGet.Text(user, "creationType"),
        };
}
