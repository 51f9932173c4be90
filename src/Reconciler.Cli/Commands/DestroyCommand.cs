using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Core.Planning;

namespace Reconciler.Cli.Commands;

public sealed record DestroyArguments(string Directory, string? Stack, string? GraphUrl, bool Yes);

/// <summary>
/// `reconciler destroy`: the tutorial's clean-up. Removes every declared guest, policy and partner and resets the
/// declared default blocks. It always shows the plan and never runs without --yes. 0 done, 1 error or refused.
/// </summary>
internal static class DestroyCommand
{
    public static Command Create(CommandContext context)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Confirm the removal; without it destroy only shows what it would remove." };
        var command = new Command("destroy", "Remove every object the stack declares (unmanaged objects are left alone).") { yes };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new DestroyArguments(
                context.ProjectDirectory(parseResult),
                parseResult.GetValue(context.Options.Stack),
                parseResult.GetValue(context.Options.GraphUrl),
                parseResult.GetValue(yes));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(DestroyArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var desired = StackSession.LoadOrReport(arguments.Directory, arguments.Stack, context.Io);
        if (desired is null)
        {
            return ExitCodes.Error;
        }

        await using var session = await StackSession.ConnectAsync(desired, arguments.Directory, arguments.GraphUrl, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        // Destroy is never interactive: a person confirms with --yes after reading the plan it prints.
        var io = context.Io with { IsInputRedirected = true };
        return await ApplyRun.RunAsync(
            session,
            desired,
            (engine, confirm, observe) => engine.DestroyAsync(desired, PlanOptions.Default, confirm, observe, cancellationToken),
            "Destroy these objects?",
            arguments.Yes,
            io,
            cancellationToken);
    }
}
