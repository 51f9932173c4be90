using System.CommandLine;
using Reconciler.Model.Diagnostics;
using Reconciler.Reporting;

namespace Reconciler.Cli.Hosting;

public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
    Diagnostic,
}

public enum ColorMode
{
    Auto,
    Always,
    Never,
}

/// <summary>
/// The options every command accepts (the README's Commands). Recursive, so they may follow the command name. Each of the
/// common ones also reads a <c>RECONCILER_*</c> environment variable when it is not typed (as Terraform reads
/// <c>TF_WORKSPACE</c>), so a pipeline sets them once.
/// </summary>
public sealed class GlobalOptions
{
    public const string StackVariable = "RECONCILER_STACK";
    public const string CwdVariable = "RECONCILER_CWD";
    public const string GraphUrlVariable = "RECONCILER_GRAPH_URL";
    public const string OutputVariable = "RECONCILER_OUTPUT";
    public const string VerbosityVariable = "RECONCILER_VERBOSITY";
    public const string ColorVariable = "RECONCILER_COLOR";

    public Option<string?> Stack { get; } = new("--stack", "-s") { Description = $"The stack to use (Pulumi.<stack>.yaml); needed when there are several. Or {StackVariable}.", Recursive = true };

    public Option<string?> Cwd { get; } = new("--cwd", "-C") { Description = $"Where to look for Pulumi.yaml (this folder or the nearest above it). Or {CwdVariable}.", Recursive = true };

    public Option<string?> GraphUrl { get; } = new("--graph-url") { Description = $"Override b2b:graphUrl: 'local' or a Graph base URL. Or {GraphUrlVariable}.", Recursive = true };

    public Option<string?> AllowGraphUrl { get; } = new("--allow-graph-url") { Description = "Accept this graphUrl though it is neither Microsoft Graph nor loopback (https only; it gets the global cloud's token scope).", Recursive = true };

    public Option<TimeSpan> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the run after this long (90s, 30m, 2h; default 1h), with a summary of what was written.",
        Recursive = true,
        DefaultValueFactory = _ => RunTimeout.Default,
        CustomParser = RunTimeout.Parse,
    };

    public Option<ReportFormat> Output { get; } = Recursive(EnumOption.Create("--output", $"Report format. Or {OutputVariable}.", ReportFormat.Text, "-o"));

    /// <summary>
    /// Where reports go instead of stdout. plan and drift take it several times and write each file in the format
    /// its extension names (.md, .markdown, .json), so one read of the tenant yields every report; any other extension
    /// gets --output. Commands with one report write the last one given.
    /// </summary>
    public Option<string[]> OutFile { get; } = new("--out") { Description = "Write the report to FILE instead of stdout; plan and drift take several (--out plan.md --out plan.json), each in the format of its extension.", Recursive = true, HelpName = "FILE" };

    public IReadOnlyList<string> OutFiles(ParseResult parseResult) => parseResult.GetValue(OutFile) ?? [];

    public Option<bool> AllowLocalTenant { get; } = new("--allow-local-tenant") { Description = "In CI (CI, GITHUB_ACTIONS or TF_BUILD set), allow a stack whose graphUrl is local or loopback; for tests of the tool itself.", Recursive = true };

    public Option<Verbosity> Verbosity { get; } = Recursive(EnumOption.Create("--verbosity", $"Log detail on stderr. Or {VerbosityVariable}.", Hosting.Verbosity.Minimal, "-v"));

    public Option<ColorMode> Color { get; } = Recursive(EnumOption.Create("--color", $"Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never. Or {ColorVariable}.", ColorMode.Auto));

    public IEnumerable<Option> All => [Stack, Cwd, GraphUrl, AllowGraphUrl, Timeout, Output, OutFile, AllowLocalTenant, Verbosity, Color];

    /// <summary>The environment variables that hold a value no option would accept; checked before any command runs.</summary>
    public static IEnumerable<Diagnostic> EnvironmentProblems(Func<string, string?> environment)
    {
        if (Invalid<ReportFormat>(environment, OutputVariable) is { } output)
        {
            yield return output;
        }

        if (Invalid<Verbosity>(environment, VerbosityVariable) is { } verbosity)
        {
            yield return verbosity;
        }

        if (Invalid<ColorMode>(environment, ColorVariable) is { } color)
        {
            yield return color;
        }
    }

    /// <summary>The typed value, else the environment's, else the fallback.</summary>
    internal static T Resolve<T>(ParseResult parseResult, Option<T> option, Func<string, string?> environment, string variable, T fallback)
        where T : struct, Enum =>
        parseResult.GetResult(option) is { Implicit: false } ? parseResult.GetValue(option)
        : EnumOption.TryParse<T>(environment(variable), out var value) ? value
        : fallback;

    internal static string? Resolve(ParseResult parseResult, Option<string?> option, Func<string, string?> environment, string variable) =>
        parseResult.GetValue(option) ?? (environment(variable) is { Length: > 0 } value ? value : null);

    private static Diagnostic? Invalid<T>(Func<string, string?> environment, string variable)
        where T : struct, Enum =>
        environment(variable) is { Length: > 0 } value && !EnumOption.TryParse<T>(value, out _)
            ? CommandLineDiagnostics.InvalidValue(variable, value, string.Join(", ", EnumOption.Tokens<T>()))
            : null;

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }
}
