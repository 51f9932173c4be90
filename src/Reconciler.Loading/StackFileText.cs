using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <summary>
/// Turns a stack file's bytes into text, refusing what YAML should never see: a file too large to be a stack
/// (checked before it is read) and bytes that are not UTF-8 (reported where they start, not silently replaced).
/// </summary>
public static class StackFileText
{
    /// <summary>Far above any real stack (ten thousand guests is about 1 MiB), far below what hurts to parse.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <param name="shownAs">The name diagnostics use for the file.</param>
    public static (string? Text, Diagnostic? Problem) Read(string path, string shownAs)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            return (null, TooLarge(shownAs, length));
        }

        return Decode(File.ReadAllBytes(path), shownAs);
    }

    public static (string? Text, Diagnostic? Problem) Decode(ReadOnlySpan<byte> bytes, string shownAs)
    {
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done
            ? (new string(chars, 0, written), null)
            : (null, InputDiagnostics.NotUtf8(Position(chars.AsSpan(0, written), shownAs)));
    }

    /// <summary>Refuses text handed over directly (not read by <see cref="Read"/>) that exceeds the same limit.</summary>
    public static Diagnostic? CheckSize(string text, string shownAs)
    {
        var bytes = text.Length > MaxFileBytes / 3 ? Encoding.UTF8.GetByteCount(text) : text.Length;
        return bytes > MaxFileBytes ? TooLarge(shownAs, bytes) : null;
    }

    private static Diagnostic TooLarge(string shownAs, long bytes) =>
        InputDiagnostics.FileTooLarge(new SourceLocation(shownAs, 1, 1), bytes, MaxFileBytes);

    /// <summary>The line and column just after <paramref name="before"/>, the text that decoded cleanly.</summary>
    private static SourceLocation Position(ReadOnlySpan<char> before, string shownAs)
    {
        var lastBreak = before.LastIndexOf('\n');
        return new SourceLocation(shownAs, before.Count('\n') + 1, before.Length - lastBreak);
    }
}
