using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Store;

/// <summary>
/// A logged sign-in, kept as its UTF-8 JSON with the keys the filters read beside it: a month of a large tenant's
/// sign-ins stays a byte array each rather than a tree of nodes. <see cref="Sequence"/> orders sign-ins made in the
/// same tick, so paging never skips or repeats one.
/// </summary>
internal sealed record SignInRecord(long Ticks, long Sequence, string Id, string UserId, string? AppId, byte[] Json)
{
    public static SignInRecord From(JsonObject signIn, long sequence) => new(
        DateTimeOffset.Parse(Http.Wire.AsString(signIn["createdDateTime"])!, System.Globalization.CultureInfo.InvariantCulture).UtcTicks,
        sequence,
        Http.Wire.AsString(signIn["id"])!,
        Http.Wire.AsString(signIn["userId"]) ?? "",
        Http.Wire.AsString(signIn["appId"]),
        System.Text.Encoding.UTF8.GetBytes(signIn.ToJsonString()));

    public JsonObject ToJson() => (JsonObject)JsonNode.Parse(Json)!;

    /// <summary>Newest first, as Graph lists sign-ins; the later of two in one tick first.</summary>
    public int CompareNewestFirst(SignInRecord other) =>
        Ticks != other.Ticks ? other.Ticks.CompareTo(Ticks) : other.Sequence.CompareTo(Sequence);
}
