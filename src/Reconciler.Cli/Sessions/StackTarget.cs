using System.CommandLine;
using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Sessions;

/// <summary>Which stack a command works on and how to reach its tenant, as the global options say.</summary>
public sealed record StackTarget(string Directory, string? Stack, string? GraphUrl, bool ResetLocal = false)
{
    internal static StackTarget From(CommandContext context, ParseResult parseResult, bool resetLocal = false) => new(
        context.ProjectDirectory(parseResult),
        context.Stack(parseResult),
        context.GraphUrl(parseResult),
        resetLocal);
}
