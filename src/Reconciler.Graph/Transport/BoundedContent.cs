using System.Net;

namespace Reconciler.Graph.Transport;

/// <summary>
/// An answer's body that can be read only up to the size cap and only until the request's deadline: a body that drips
/// or never ends is cut off, whoever reads it (the SDK's parser or ours).
/// </summary>
internal sealed class BoundedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly TransportLimits _limits;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationToken _caller;

    public BoundedContent(HttpContent inner, TransportLimits limits, CancellationTokenSource deadline, CancellationToken caller)
    {
        (_inner, _limits, _deadline, _caller) = (inner, limits, deadline, caller);
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new BoundedStream(await ReadInnerAsync(cancellationToken), _limits, _deadline, _caller);

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var body = await CreateContentReadStreamAsync(cancellationToken);
        await body.CopyToAsync(stream, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _deadline.Dispose();
        }
        base.Dispose(disposing);
    }

    private async Task<Stream> ReadInnerAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _inner.ReadAsStreamAsync(_deadline.Token);
        }
        catch (OperationCanceledException) when (_deadline.IsCancellationRequested && !_caller.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw OriginGuard.TimedOut(_limits);
        }
    }

    /// <summary>Counts what is read and reads under the request's deadline.</summary>
    private sealed class BoundedStream(Stream inner, TransportLimits limits, CancellationTokenSource deadline, CancellationToken caller) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
            int count;
            try
            {
                count = await inner.ReadAsync(buffer, both.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && deadline.IsCancellationRequested
                && !caller.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw OriginGuard.TimedOut(limits);
            }
            _read += count;
            return _read > limits.MaxBodyBytes ? throw OriginGuard.TooLarge(limits) : count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
