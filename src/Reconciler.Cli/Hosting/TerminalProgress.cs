using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// One line on stderr, rewritten in place as a long read goes on, and wiped when it ends. Only for a terminal:
/// in a pipeline log every rewrite would be a line of noise.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<ReadProgress>
{
    private int _width;

    public static TerminalProgress? For(CliIo io) => io.IsErrorRedirected ? null : new TerminalProgress(io.Error);

    public void Report(ReadProgress value)
    {
        var line = $"Reading guests: {value.GuestsRead} on {value.GuestPages} page(s)";
        error.Write("\r" + line.PadRight(_width));
        error.Flush();
        _width = Math.Max(_width, line.Length);
    }

    public void Clear()
    {
        if (_width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }
}
