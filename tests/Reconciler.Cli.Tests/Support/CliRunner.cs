using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real command line in process, with string writers for the console.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string currentDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, TextReader.Null, IsInputRedirected: true, IsOutputRedirected: true, _ => null, currentDirectory);

        var exitCode = await new CliApp(io).RunAsync(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
