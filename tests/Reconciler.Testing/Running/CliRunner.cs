using Reconciler.Cli.Hosting;

namespace Reconciler.Testing.Running;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;
}

/// <summary>Runs the real command line in process, with string writers for the console and a chosen environment.</summary>
public static class CliRunner
{
    public static Task<CliResult> RunAsync(string currentDirectory, params string[] args) =>
        RunAsync(currentDirectory, new Dictionary<string, string>(), args);

    public static Task<CliResult> RunAsync(string currentDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(currentDirectory, environment, CancellationToken.None, args);

    /// <summary>Runs until the command ends or <paramref name="stop"/> is cancelled, as Ctrl+C would stop it.</summary>
    public static async Task<CliResult> RunAsync(string currentDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken stop, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, TextReader.Null, IsInputRedirected: true, IsOutputRedirected: true, name => environment.GetValueOrDefault(name), currentDirectory);

        var exitCode = await new CliApp(io).RunAsync(args, stop);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
