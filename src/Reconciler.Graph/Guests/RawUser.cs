using System.Text.Json;
using Reconciler.Core.Live;

namespace Reconciler.Graph.Guests;

/// <summary>One user object of a page, as UTF-8 JSON, into a <see cref="LiveUser"/>; values of the wrong type read as absent.</summary>
internal static class RawUser
{
    public static LiveUser Map(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
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
            Id = Text(user, "id") ?? "",
            Mail = Text(user, "mail"),
            UserPrincipalName = Text(user, "userPrincipalName"),
            OtherMails = user.TryGetProperty("otherMails", out var other) && other.ValueKind == JsonValueKind.Array
                ? [.. other.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                : [],
            DisplayName = Text(user, "displayName"),
            UserType = Text(user, "userType"),
            ExternalUserState = Text(user, "externalUserState"),
            AccountEnabled = user.TryGetProperty("accountEnabled", out var enabled) && enabled.ValueKind is JsonValueKind.True or JsonValueKind.False ? enabled.GetBoolean() : null,
            CreationType = Text(user, "creationType"),
        };

    private static string? Text(JsonElement user, string name) =>
        user.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
