using System.CommandLine;
using Serilog;

namespace Reconciler.Cli.Hosting;

/// <summary>What a command needs to declare itself and run: the process's I/O, the shared options, and a logger.</summary>
public sealed class CommandContext(CliIo io, GlobalOptions options)
{
    public CliIo Io => io;

    public GlobalOptions Options => options;

    /// <summary>A logger at the verbosity the user asked for; logs go to stderr only.</summary>
    public ILogger Logger(ParseResult parseResult) => Logging.Create(parseResult.GetValue(options.Verbosity), io.Error);

    /// <summary>The project directory: --cwd resolved against the current directory.</summary>
    public string ProjectDirectory(ParseResult parseResult) => io.ResolvePath(parseResult.GetValue(options.Cwd));

    /// <summary>--out as a full path, a relative one resolved against the project directory (--cwd), as every other path is.</summary>
    public string? OutFile(ParseResult parseResult) =>
        parseResult.GetValue(options.OutFile) is { } path ? Path.GetFullPath(path, ProjectDirectory(parseResult)) : null;
}
