using System.Text.Json;

namespace Reconciler.Graph.Guests;

/// <summary>
/// The property names of one JSON object as the forward-only reader meets them, so the fast guest-page reader refuses
/// a name given twice, as every other reader does (see <c>StrictJson</c>): a user whose <c>mail</c> appears twice
/// must not be matched on one value and mapped from the other. Names are compared unescaped. Reused object by object.
/// </summary>
internal sealed class PropertyNames
{
    private byte[] _names = new byte[256];
    private readonly List<(int Start, int Length)> _seen = [];
    private int _used;

    public void Clear()
    {
        _seen.Clear();
        _used = 0;
    }

    /// <summary>Takes the name the reader is on; throws when the object already had it.</summary>
    public void Add(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (_used + length > _names.Length)
        {
            Array.Resize(ref _names, Math.Max(_names.Length * 2, _used + length));
        }
        var name = _names.AsSpan(_used, length);
        length = reader.CopyString(name);
        name = name[..length];
        foreach (var (start, seenLength) in _seen)
        {
            if (name.SequenceEqual(_names.AsSpan(start, seenLength)))
            {
                throw new JsonException("an object names a property twice");
            }
        }
        _seen.Add((_used, length));
        _used += length;
    }
}
