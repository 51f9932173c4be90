using Serilog;
using Serilog.Events;

namespace Reconciler.Cli.Hosting;

internal static class Logging
{
    /// <summary>Every level goes to stderr, so stdout carries only the report and `--output json > file` stays clean.</summary>
    public static ILogger Create(Verbosity verbosity) => new LoggerConfiguration()
        .MinimumLevel.Is(Level(verbosity))
        .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
        .CreateLogger();

    private static LogEventLevel Level(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogEventLevel.Fatal,
        Verbosity.Minimal => LogEventLevel.Warning,
        Verbosity.Normal => LogEventLevel.Information,
        Verbosity.Detailed => LogEventLevel.Debug,
        _ => LogEventLevel.Verbose,
    };
}
