using System.Text;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Decides which requested emails a user answers to, by <see cref="EmailAddress"/>'s rule: its mail, one of its
/// otherMails, its UPN, or the address folded into an invited guest's UPN
/// (<c>alex_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>). Candidates are compared as spans, so a listing can ask
/// about every guest on a page without building one string for it; the span forms are
/// <see cref="EmailAddress.Key"/> and <see cref="EmailAddress.InvitedAddress"/> without allocating, and the shared
/// email table proves they agree.
/// </summary>
internal sealed class EmailMatcher
{
    private static readonly string ExternalMarker = EmailAddress.ExternalMarker.ToLowerInvariant();
    private const int StackLimit = 256;

    private readonly HashSet<string> _emails;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> _utf8Lookup;

    public EmailMatcher(IEnumerable<string> emails)
    {
        _emails = emails.Select(EmailAddress.Key).ToHashSet(StringComparer.Ordinal);
        _lookup = _emails.GetAlternateLookup<ReadOnlySpan<char>>();
        _utf8Lookup = _emails.ToDictionary(e => Encoding.UTF8.GetBytes(e), e => e, Utf8Comparer.Instance)
            .GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public IReadOnlyCollection<string> Emails => _emails;

    public bool IsEmpty => _emails.Count == 0;

    public IReadOnlyList<string> Matches(LiveUser user)
    {
        var matches = new List<string>();
        foreach (var address in EmailAddress.AddressesOf(user))
        {
            Collect(address, isPrincipalName: false, matches);
        }
        return matches;
    }

    /// <summary>Adds to <paramref name="matches"/> the requested emails <paramref name="candidate"/> answers to, once each.</summary>
    public void Collect(ReadOnlySpan<char> candidate, bool isPrincipalName, List<string> matches)
    {
        if (IsEmpty || candidate.IsEmpty)
        {
            return;
        }
        var lower = candidate.Length <= StackLimit ? stackalloc char[candidate.Length] : new char[candidate.Length];
        candidate.ToLowerInvariant(lower);
        Add(lower, matches);
        if (isPrincipalName)
        {
            AddExternal(lower, matches);
        }
    }

    /// <summary>
    /// The same as the UTF-16 overload, on a page's raw UTF-8. Nearly every address is ASCII: it is lowered and looked
    /// up as bytes, with no string and no transcoding; anything else takes the UTF-16 way.
    /// </summary>
    public void Collect(ReadOnlySpan<byte> candidate, bool isPrincipalName, List<string> matches)
    {
        if (IsEmpty || candidate.IsEmpty)
        {
            return;
        }
        if (!Ascii.IsValid(candidate))
        {
            Span<char> text = candidate.Length <= StackLimit ? stackalloc char[candidate.Length] : new char[candidate.Length];
            Collect(text[..Encoding.UTF8.GetChars(candidate, text)], isPrincipalName, matches);
            return;
        }
        var lower = candidate.Length <= StackLimit ? stackalloc byte[candidate.Length] : new byte[candidate.Length];
        Ascii.ToLower(candidate, lower, out _);
        Add(lower, matches);
        if (!isPrincipalName)
        {
            return;
        }
        var marker = lower.IndexOf("#ext#@"u8);
        var local = marker <= 0 ? [] : lower[..marker];
        var at = local.LastIndexOf((byte)'_');
        if (at > 0)
        {
            // Lowered already: the local part can be rewritten in place.
            local[at] = (byte)'@';
            Add(local, matches);
        }
    }

    private void Add(ReadOnlySpan<byte> lower, List<string> matches)
    {
        if (_utf8Lookup.TryGetValue(lower, out var email) && !matches.Contains(email))
        {
            matches.Add(email);
        }
    }

    /// <summary><c>alex_fabrikam.example#ext#@…</c> back to <c>alex@fabrikam.example</c> (the last underscore was the at sign).</summary>
    private void AddExternal(ReadOnlySpan<char> principalName, List<string> matches)
    {
        var marker = principalName.IndexOf(ExternalMarker, StringComparison.Ordinal);
        var local = marker <= 0 ? [] : principalName[..marker];
        var at = local.LastIndexOf('_');
        if (at <= 0)
        {
            return;
        }
        var email = local.Length <= StackLimit ? stackalloc char[local.Length] : new char[local.Length];
        local.CopyTo(email);
        email[at] = '@';
        Add(email, matches);
    }

    private void Add(ReadOnlySpan<char> lower, List<string> matches)
    {
        if (_lookup.TryGetValue(lower, out var email) && !matches.Contains(email))
        {
            matches.Add(email);
        }
    }

    /// <summary>Byte-wise equality and hashing, so UTF-8 spans can be looked up without making arrays.</summary>
    private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
