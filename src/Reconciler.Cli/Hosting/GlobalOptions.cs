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

/// <summary>The options every command accepts (the README's Commands). Recursive, so they may follow the command name.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Stack { get; } = new("--stack", "-s") { Description = "The stack to use (Pulumi.<stack>.yaml); needed when there are several.", Recursive = true };

    public Option<string?> Cwd { get; } = new("--cwd", "-C") { Description = "The directory holding Pulumi.yaml.", Recursive = true };

    public Option<string?> GraphUrl { get; } = new("--graph-url") { Description = "Override b2b:graphUrl: 'local' or a Graph base URL.", Recursive = true };

    public Option<OutputFormat> Output { get; } = new("--output", "-o") { Description = "Report format: text, markdown or json.", Recursive = true };

    public Option<string?> OutFile { get; } = new("--out") { Description = "Write the report to FILE instead of stdout.", Recursive = true };

    public Option<bool> AllowLocalTenant { get; } = new("--allow-local-tenant") { Description = "In CI (CI, GITHUB_ACTIONS or TF_BUILD set), allow a stack whose graphUrl is local or loopback; for tests of the tool itself.", Recursive = true };

    public Option<Verbosity> Verbosity { get; } = new("--verbosity", "-v") { Description = "Log detail on stderr: quiet, minimal, normal, detailed or diagnostic.", Recursive = true, DefaultValueFactory = _ => Hosting.Verbosity.Minimal };

    public IEnumerable<Option> All => [Stack, Cwd, GraphUrl, Output, OutFile, AllowLocalTenant, Verbosity];
}
