using Reconciler.Cli.Hosting;
using Reconciler.Testing.Reports;

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
        var result = new CliResult(exitCode, output.ToString(), error.ToString());
        CheckJsonReports(result, currentDirectory, args);
        return result;
    }

    /// <summary>
    /// Every JSON report a test makes the CLI write, on stdout or to an --out file, is also a check of the published
    /// schema: one that does not validate fails the test that made it, whatever that test was about.
    /// </summary>
    private static void CheckJsonReports(CliResult result, string currentDirectory, string[] args)
    {
        var outFiles = args.Zip(args.Skip(1)).Where(p => p.First == "--out" && p.Second.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Select(p => Path.Combine(currentDirectory, p.Second));
        var documents = outFiles.Where(File.Exists).Select(f => (Where: f, Json: File.ReadAllText(f))).Append((Where: "stdout", Json: result.Stdout));
        foreach (var (where, json) in documents.Where(d => ReportSchema.IsReport(d.Json)))
        {
            if (ReportSchema.Problems(json) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"The JSON report on {where} of 'reconciler {string.Join(' ', args)}' does not match {ReportSchema.RelativePath}:\n{string.Join("\n", problems)}");
            }
        }
    }
}
