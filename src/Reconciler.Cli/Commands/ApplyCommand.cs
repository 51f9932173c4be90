using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Core.Live;
using Reconciler.Core.Planning;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Commands;

public sealed record ApplyArguments(StackTarget Target, bool Yes, PlanOptions Options, ReportOutput Output, ReadScope Scope = ReadScope.Full);

/// <summary>`reconciler apply`: plan, check the gates, ask, write, then verify a fresh plan is empty. 0 converged, 1 error or refused.</summary>
internal static class ApplyCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (required when standard input is not a terminal)." };
        var command = new Command("apply", "Converge the tenant on the stack: invite guests, write policies and cross-tenant settings, then verify.") { yes, shared.ResetLocal, shared.Scope };
        foreach (var option in shared.Overrides)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new ApplyArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                parseResult.GetValue(yes),
                shared.PlanOptions(parseResult),
                context.ReportOutput(parseResult),
                parseResult.GetValue(shared.Scope));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ApplyArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Apply asks a person and reports as it writes: text only; `plan --output json` is the machine-readable preview.
        if (arguments.Output.Unsupported("apply", ReportFormat.Text) is { } unsupported)
        {
            DiagnosticWriter.Write(context.Io.Error, [unsupported]);
            return ExitCodes.Error;
        }

        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        return await ApplyRun.RunAsync(
            session,
            desired,
            (engine, confirm, observe) => engine.ApplyAsync(desired, arguments.Options, confirm, observe, cancellationToken),
            "Apply these changes?",
            arguments.Yes,
            arguments.Output,
            context.Io,
            cancellationToken,
            arguments.Scope);
    }
}
