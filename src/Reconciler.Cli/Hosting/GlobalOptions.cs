using System.CommandLine;

namespace Reconciler.Cli.Hosting;

public enum OutputFormat
{
    Text,
    Markdown,
    Json,
}

public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
    Diagnostic,
}

/// <summary>The options every command accepts (architecture §6). Recursive, so they may follow the command name.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Stack { get; } = new("--stack", "-s") { Description = "The stack to use (Pulumi.<stack>.yaml); needed when there are several.", Recursive = true };

    public Option<string?> Cwd { get; } = new("--cwd", "-C") { Description = "The directory holding Pulumi.yaml.", Recursive = true };

    public Option<string?> GraphUrl { get; } = new("--graph-url") { Description = "Override b2b:graphUrl: 'local' or a Graph base URL.", Recursive = true };

    public Option<string?> AllowGraphUrl { get; } = new("--allow-graph-url") { Description = "Accept this graphUrl though it is neither Microsoft Graph nor loopback (https only; it gets the global cloud's token scope).", Recursive = true };

    public Option<TimeSpan> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the run after this long (90s, 30m, 2h; default 1h), with a summary of what was written.",
        Recursive = true,
        DefaultValueFactory = _ => RunTimeout.Default,
        CustomParser = RunTimeout.Parse,
    };

    public Option<OutputFormat> Output { get; } = new("--output", "-o") { Description = "Report format: text, markdown or json.", Recursive = true };

    public Option<string?> OutFile { get; } = new("--out") { Description = "Write the report to FILE instead of stdout.", Recursive = true };

    public Option<Verbosity> Verbosity { get; } = new("--verbosity", "-v") { Description = "Log detail on stderr: quiet, minimal, normal, detailed or diagnostic.", Recursive = true, DefaultValueFactory = _ => Hosting.Verbosity.Minimal };

    public IEnumerable<Option> All => [Stack, Cwd, GraphUrl, AllowGraphUrl, Timeout, Output, OutFile, Verbosity];
}
