using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Reconciler.Core.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// One page of guests read straight from the response stream into <see cref="LiveUser"/>s. The SDK's typed models
/// cost several times the wire time on 999-user pages (backing store, change tracking, additional data); this
/// keeps the SDK's pipeline (auth, headers, errors as <see cref="ODataError"/>) and skips only the model.
/// </summary>
internal static class GuestPage
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public static async Task<string?> ReadAsync(GraphServiceClient graph, RequestInformation request, Action<LiveUser> visit, CancellationToken cancellationToken)
    {
        request.Headers.TryAdd("Accept", "application/json");
        await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, cancellationToken)
            ?? throw new JsonException("empty body");
        using var page = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);

        // A page of the wrong shape must fail as a malformed answer, never read as "no guests": that would plan invitations.
        var root = page.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("value", out var users) || users.ValueKind != JsonValueKind.Array
            || users.EnumerateArray().Any(u => u.ValueKind != JsonValueKind.Object))
        {
            throw new JsonException("a guest page is not a collection of users");
        }

        foreach (var user in users.EnumerateArray())
        {
            visit(Map(user));
        }

        return root.TryGetProperty("@odata.nextLink", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
    }

    private static LiveUser Map(JsonElement user) => new()
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
