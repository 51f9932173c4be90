using System.Buffers;

namespace Reconciler.Graph.Guests;

/// <summary>
/// A page's bytes, checked, in a pooled buffer that goes back to the pool when the page is disposed, with where each
/// user lies in them and which requested emails it answers to.
/// </summary>
internal sealed class FetchedPage(byte[] buffer, int length, string? nextLink, IReadOnlyList<PageUser> users) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Json => (_buffer ?? throw new ObjectDisposedException(nameof(FetchedPage))).AsSpan(0, length);

    public string? NextLink { get; } = nextLink;

    public IReadOnlyList<PageUser> Users { get; } = users;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

/// <summary>One user of a page: its bytes' range and the requested emails it answers to (empty for most).</summary>
internal readonly record struct PageUser(int Start, int End, IReadOnlyList<string> Matches);
