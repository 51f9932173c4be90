using System.CommandLine;
using Reconciler.Reporting;
using Serilog;

namespace Reconciler.Cli.Hosting;

/// <summary>What a command needs to declare itself and run: the process's I/O, the shared options, and a logger.</summary>
public sealed class CommandContext(CliIo io, GlobalOptions options)
{
    public CliIo Io => io;

    public GlobalOptions Options => options;

    /// <summary>A logger at the verbosity the user asked for; logs go to stderr only.</summary>
    public ILogger Logger(ParseResult parseResult) =>
        Logging.Create(GlobalOptions.Resolve(parseResult, options.Verbosity, io.Environment, GlobalOptions.VerbosityVariable, Verbosity.Minimal), io.Error);

    public ReportFormat Output(ParseResult parseResult) =>
        GlobalOptions.Resolve(parseResult, options.Output, io.Environment, GlobalOptions.OutputVariable, ReportFormat.Text);

    public ColorMode Color(ParseResult parseResult) =>
        GlobalOptions.Resolve(parseResult, options.Color, io.Environment, GlobalOptions.ColorVariable, ColorMode.Auto);

    public Sessions.ReportOutput ReportOutput(ParseResult parseResult) => new(Output(parseResult), OutFiles(parseResult), Color(parseResult));

    public string? Stack(ParseResult parseResult) => GlobalOptions.Resolve(parseResult, options.Stack, io.Environment, GlobalOptions.StackVariable);

    public string? GraphUrl(ParseResult parseResult) => GlobalOptions.Resolve(parseResult, options.GraphUrl, io.Environment, GlobalOptions.GraphUrlVariable);

    /// <summary>
    /// The project directory: the nearest folder, from --cwd (or the current directory) upwards, that holds
    /// Pulumi.yaml, as Pulumi finds its project; the starting folder itself when none does (or it does not exist), so
    /// B2B1002 names the folder the user gave.
    /// </summary>
    public string ProjectDirectory(ParseResult parseResult)
    {
        var start = io.ResolvePath(GlobalOptions.Resolve(parseResult, options.Cwd, io.Environment, GlobalOptions.CwdVariable));
        for (var folder = Directory.Exists(start) ? new DirectoryInfo(start) : null; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pulumi.yaml")))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    /// <summary>Each --out as a full path, a relative one resolved against the project directory (--cwd), as every other path is.</summary>
    public IReadOnlyList<string> OutFiles(ParseResult parseResult)
    {
        var directory = ProjectDirectory(parseResult);
        return [.. options.OutFiles(parseResult).Select(path => Path.GetFullPath(path, directory))];
    }
}
