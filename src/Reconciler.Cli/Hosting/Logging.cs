using Serilog;
using Serilog.Events;

namespace Reconciler.Cli.Hosting;

internal static class Logging
{
    /// <summary>Every level goes to stderr, so stdout carries only the report and `--output json > file` stays clean.</summary>
    public static ILogger Create(Verbosity verbosity, TextWriter error)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Is(Level(verbosity));
        var invariant = System.Globalization.CultureInfo.InvariantCulture;

        // The console sink colours a terminal; anything else (tests, redirected runs) gets the same text plainly.
        configuration = ReferenceEquals(error, Console.Error)
            ? configuration.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: invariant)
            : configuration.WriteTo.Sink(new TextWriterSink(error));
        return configuration.CreateLogger();
    }

    private static LogEventLevel Level(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogEventLevel.Fatal,
        Verbosity.Minimal => LogEventLevel.Warning,
        Verbosity.Normal => LogEventLevel.Information,
        Verbosity.Detailed => LogEventLevel.Debug,
        _ => LogEventLevel.Verbose,
    };
}
