using System.CommandLine;
using Reconciler.Cli.Completion;
using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Commands;

/// <summary>`reconciler completion bash|zsh|pwsh`: print the shell script that completes commands, options and values.</summary>
internal static class CompletionCommand
{
    public static Command Create(CommandContext context)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.ByShell.Keys]);
        var command = new Command("completion", "Print a shell completion script: source <(reconciler completion bash), or zsh, or pwsh.") { shell };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await context.Io.Out.WriteAsync(CompletionScripts.ByShell[parseResult.GetValue(shell)!].AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
