using System.Buffers;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Reconciler.Core.Live;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Guests;

/// <summary>
/// One page of guests read with a forward-only JSON reader. The SDK's typed models cost several times the wire time
/// on 999-user pages (backing store, change tracking, additional data), and so would a document per page; this keeps
/// the SDK's pipeline (auth, headers, errors as <see cref="ODataError"/>), matches each guest's emails on the raw
/// bytes and builds a <see cref="LiveUser"/> only for the guests the visitor wants.
/// </summary>
internal static class GuestPage
{
    public static async Task<(string? NextLink, int Users)> ReadAsync(GraphServiceClient graph, RequestInformation request, IGuestVisitor visitor, CancellationToken cancellationToken)
    {
        await using var stream = await JsonGet.StreamAsync(graph, request, cancellationToken);
        var (buffer, length) = await ReadAllAsync(stream, cancellationToken);
        try
        {
            return Read(buffer.AsSpan(0, length), visitor);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Visits the page's users and returns its nextLink and how many users it held. A page of the wrong shape fails as
    /// a malformed answer, never reads as "no guests": that would plan invitations.
    /// </summary>
    private static (string? NextLink, int Users) Read(ReadOnlySpan<byte> page, IGuestVisitor visitor)
    {
        var reader = new Utf8JsonReader(page);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject);
        var (users, nextLink) = (-1, (string?)null);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"))
            {
                Expect(reader.Read() && reader.TokenType == JsonTokenType.StartArray);
                users = VisitUsers(ref reader, page, visitor);
            }
            else if (reader.ValueTextEquals("@odata.nextLink"))
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
        Expect(users >= 0);
        return (nextLink, users);
    }

    private static int VisitUsers(ref Utf8JsonReader reader, ReadOnlySpan<byte> page, IGuestVisitor visitor)
    {
        var (matches, count) = (new List<string>(), 0);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(reader.TokenType == JsonTokenType.StartObject);
            count++;
            var start = (int)reader.TokenStartIndex;
            matches.Clear();
            MatchEmails(ref reader, visitor.Matcher, matches);
            if (visitor.Wants(matches))
            {
                visitor.Visit(RawUser.Map(page[start..(int)reader.BytesConsumed]));
            }
        }
        return count;
    }

    /// <summary>Reads one user object to its end, collecting the requested emails its mail, UPN and otherMails answer to.</summary>
    private static void MatchEmails(ref Utf8JsonReader reader, EmailMatcher matcher, List<string> matches)
    {
        if (matcher.IsEmpty)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (email, principal, list) = (reader.ValueTextEquals("mail"), reader.ValueTextEquals("userPrincipalName"), reader.ValueTextEquals("otherMails"));
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
        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        var text = length <= 256 ? stackalloc char[length] : new char[length];
        matcher.Collect(text[..reader.CopyString(text)], isPrincipalName, matches);
    }

    private static async Task<(byte[] Buffer, int Length)> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
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
