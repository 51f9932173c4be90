namespace Reconciler.Cli.Hosting;

/// <summary>Everything the CLI takes from the process, handed in so tests can run it with string writers.</summary>
public sealed record CliIo(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    bool IsInputRedirected,
    bool IsOutputRedirected,
    Func<string, string?> Environment,
    string CurrentDirectory)
{
    public static CliIo FromConsole() => new(
        Console.Out,
        Console.Error,
        Console.In,
        Console.IsInputRedirected,
        Console.IsOutputRedirected,
        System.Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory())
    {
        IsErrorRedirected = Console.IsErrorRedirected,
        ListensForSignals = true,
        TerminalWidth = Console.IsOutputRedirected ? null : ConsoleWidth(),
    };

    /// <summary>What this run has said so far: the diagnostics, and whether a report went out (stdout or --out).</summary>
    public RunRecord Record { get; } = new();

    /// <summary>Whether SIGINT and SIGTERM stop the run with a summary; false in tests that run the CLI inside their own process.</summary>
    public bool ListensForSignals { get; init; }

    /// <summary>The width of the terminal stdout is; null when stdout is a file or a pipe, where nothing should wrap.</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>
    /// The width text reports wrap to: <c>COLUMNS</c> when it is set (as most terminal tools read it, so
    /// <c>COLUMNS=100 reconciler plan | less</c> wraps too), else the terminal's width; null means no wrapping.
    /// </summary>
    public int? ReportWidth =>
        int.TryParse(Environment("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 20
            ? columns
            : TerminalWidth;

    private static int? ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var width ? width : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>False only when stderr is a terminal, the one place a progress line that rewrites itself belongs.</summary>
    public bool IsErrorRedirected { get; init; } = true;

    /// <summary>Resolves a path the user typed against the current directory.</summary>
    public string ResolvePath(string? path) => Path.GetFullPath(path ?? ".", CurrentDirectory);
}
