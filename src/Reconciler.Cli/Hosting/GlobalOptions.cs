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

    /// <summary>
    /// Where reports go instead of stdout. plan and drift take it several times and write each file in the format
    /// its extension names (.md, .markdown, .json), so one read of the tenant yields every report; any other extension
    /// gets --output. Commands with one report write the last one given.
    /// </summary>
    public Option<string[]> OutFile { get; } = new("--out") { Description = "Write the report to FILE instead of stdout; plan and drift take several (--out plan.md --out plan.json), each in the format of its extension.", Recursive = true, HelpName = "FILE" };

    /// <summary>The one file a single-report command writes: the last --out, or null for stdout.</summary>
    public string? LastOutFile(ParseResult parseResult) => parseResult.GetValue(OutFile) is { Length: > 0 } files ? files[^1] : null;

    public IReadOnlyList<string> OutFiles(ParseResult parseResult) => parseResult.GetValue(OutFile) ?? [];

    public Option<bool> AllowLocalTenant { get; } = new("--allow-local-tenant") { Description = "In CI (CI, GITHUB_ACTIONS or TF_BUILD set), allow a stack whose graphUrl is local or loopback; for tests of the tool itself.", Recursive = true };

    public Option<Verbosity> Verbosity { get; } = new("--verbosity", "-v") { Description = "Log detail on stderr: quiet, minimal, normal, detailed or diagnostic.", Recursive = true, DefaultValueFactory = _ => Hosting.Verbosity.Minimal };

    public IEnumerable<Option> All => [Stack, Cwd, GraphUrl, Output, OutFile, AllowLocalTenant, Verbosity];
}
