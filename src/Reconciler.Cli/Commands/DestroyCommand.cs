using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;

namespace Reconciler.Cli.Commands;

public sealed record DestroyArguments(StackTarget Target, bool Yes, ReportOutput Output);

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
            var arguments = new DestroyArguments(StackTarget.From(context, parseResult), parseResult.GetValue(yes), context.ReportOutput(parseResult));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(DestroyArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (arguments.Output.Unsupported("destroy", ReportFormat.Text) is { } unsupported)
        {
            DiagnosticWriter.Write(context.Io, [unsupported]);
            return ExitCodes.Error;
        }

        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        // Destroy is never interactive: a person confirms with --yes after reading the plan it prints.
        var io = context.Io with { IsInputRedirected = true };
        return await ApplyRun.RunAsync(
            session,
            desired,
            (engine, confirm, observe) => engine.DestroyAsync(desired, PlanOptions.Default, confirm, observe, cancellationToken),
            "Destroy these objects?",
            arguments.Yes,
            arguments.Output,
            io,
            cancellationToken);
    }
}
