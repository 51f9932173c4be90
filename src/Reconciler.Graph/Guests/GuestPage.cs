using System.Buffers;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// One page of guests read with a forward-only JSON reader. The SDK's typed models cost several times the wire time
/// on 999-user pages (backing store, change tracking, additional data), and so would a document per page; this keeps
/// the SDK's pipeline (auth, headers, errors as <see cref="ODataError"/>), matches each guest's emails on the raw
/// bytes and builds a <see cref="LiveUser"/> only for the guests the visitor wants.
/// </summary>
internal static class GuestPage
{
    /// <summary>
    /// Fetches one page whole and checks its shape (an object whose <c>value</c> is an array of objects, valid to the
    /// end) before anyone reads it: a page of the wrong shape fails here, inside the retried call, as a malformed
    /// answer, so it is asked for again and never read as "no guests" (that would plan invitations) or half-visited.
    /// Graph writes a page's nextLink before its users; as soon as the first bytes show it, <paramref name="nextLinkSeen"/>
    /// hears it, so the next page can be asked for while this one is still arriving. The check is also the one pass that
    /// matches each user's emails against <paramref name="matcher"/>, so a page is walked once.
    /// </summary>
    public static async Task<FetchedPage> FetchAsync(GraphServiceClient graph, RequestInformation request, EmailMatcher matcher, Action<string> nextLinkSeen, CancellationToken cancellationToken)
    {
        await using var stream = await JsonGet.StreamAsync(graph, request, cancellationToken);
        var (buffer, length) = await ReadAllAsync(stream, (arrived, count) =>
        {
            var (decided, link) = NextLinkAhead(arrived.AsSpan(0, count));
            if (link is not null)
            {
                nextLinkSeen(link);
            }
            return decided;
        }, cancellationToken);
        try
        {
            var (nextLink, users) = Walk(buffer.AsSpan(0, length), matcher);
            return new FetchedPage(buffer, length, nextLink, users);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Offers every user of a checked page to <paramref name="visitor"/>, in order; returns how many it held.</summary>
    public static int Visit(FetchedPage page, IGuestVisitor visitor)
    {
        foreach (var user in page.Users)
        {
            if (visitor.Wants(user.Matches))
            {
                // Mapping reads the strings the walk skipped: one that is not UTF-8 is a malformed answer, not a crash.
                visitor.Visit(JsonGet.Mapped(() => RawUser.Map(page.Json[user.Start..user.End])));
            }
        }
        return page.Users.Count;
    }

    /// <summary>
    /// Looks at the first bytes of a page for a nextLink written before the users. Decided once the link, the users or
    /// anything unexpected is reached; the link is null unless it came first.
    /// </summary>
    private static (bool Decided, string? Link) NextLinkAhead(ReadOnlySpan<byte> prefix)
    {
        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
        if (!reader.Read())
        {
            return (false, null);
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return (true, null);
        }
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueTextEquals("value"))
            {
                return (true, null);
            }
            var isNextLink = reader.ValueTextEquals("@odata.nextLink");
            if (!reader.Read())
            {
                return (false, null);
            }
            if (isNextLink)
            {
                return (true, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
            }
            if (!reader.TrySkip())
            {
                return (false, null);
            }
        }
        return (false, null);
    }

    /// <summary>Walks the whole page once: its nextLink, and where each user is and which requested emails it answers to.</summary>
    private static (string? NextLink, IReadOnlyList<PageUser> Users) Walk(ReadOnlySpan<byte> page, EmailMatcher matcher)
    {
        var reader = new Utf8JsonReader(page);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject);
        var (users, nextLink) = ((List<PageUser>?)null, (string?)null);
        var names = new PropertyNames();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            names.Add(ref reader);
            if (reader.ValueTextEquals("value"u8))
            {
                Expect(reader.Read() && reader.TokenType == JsonTokenType.StartArray);
                users = WalkUsers(ref reader, matcher, new PropertyNames());
            }
            else if (reader.ValueTextEquals("@odata.nextLink"u8))
            {
                reader.Read();
                nextLink = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        Expect(users is not null && reader.TokenType == JsonTokenType.EndObject && !reader.Read());
        return (nextLink, users!);
    }

    private static List<PageUser> WalkUsers(ref Utf8JsonReader reader, EmailMatcher matcher, PropertyNames names)
    {
        var users = new List<PageUser>(capacity: 1000);
        var matches = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(reader.TokenType == JsonTokenType.StartObject);
            var start = (int)reader.TokenStartIndex;
            names.Clear();
            MatchEmails(ref reader, matcher, matches, names);
            users.Add(new PageUser(start, (int)reader.BytesConsumed, matches.Count == 0 ? [] : [.. matches]));
            matches.Clear();
        }
        return users;
    }

    /// <summary>
    /// Reads one user object to its end, collecting the requested emails its mail, UPN and otherMails answer to. With
    /// nothing to match, the user is only counted and skipped; one that is visited is mapped by a strict parser.
    /// </summary>
    private static void MatchEmails(ref Utf8JsonReader reader, EmailMatcher matcher, List<string> matches, PropertyNames names)
    {
        if (matcher.IsEmpty)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            names.Add(ref reader);
            var (email, principal, list) = (reader.ValueTextEquals("mail"u8), reader.ValueTextEquals("userPrincipalName"u8), reader.ValueTextEquals("otherMails"u8));
            reader.Read();
            if (email || principal)
            {
                Collect(ref reader, matcher, principal, matches);
            }
            else if (list && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Collect(ref reader, matcher, isPrincipalName: false, matches);
                }
            }
            reader.Skip();
        }
    }

    private static void Collect(ref Utf8JsonReader reader, EmailMatcher matcher, bool isPrincipalName, List<string> matches)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return;
        }
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            matcher.Collect(reader.ValueSpan, isPrincipalName, matches);
            return;
        }
        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        var text = length <= 256 ? stackalloc char[length] : new char[length];
        matcher.Collect(text[..reader.CopyString(text)], isPrincipalName, matches);
    }

    /// <summary>Reads the stream to its end into a pooled buffer, showing <paramref name="prefix"/> what has arrived until it has decided.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadAllAsync(Stream stream, Func<byte[], int, bool> prefix, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 19);
        var length = 0;
        try
        {
            int read;
            var decided = false;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                decided = decided || prefix(buffer, length);
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static void Expect(bool shape)
    {
        if (!shape)
        {
            throw new JsonException("a guest page is not a collection of users");
        }
    }
}
