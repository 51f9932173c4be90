using System.CommandLine;
using Reconciler.Cli.Evidence;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.SavedPlans;
using Reconciler.Reporting;

namespace Reconciler.Cli.Commands;

public sealed record ApplyArguments(StackTarget Target, bool Yes, PlanOptions Options, ReportOutput Output, ReadScope Scope = ReadScope.Full, string? PlanFile = null);

/// <summary>`reconciler apply`: plan, check the gates, ask, write, then verify a fresh plan is empty. 0 converged, 1 error or refused.</summary>
internal static class ApplyCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (required when standard input is not a terminal)." };
        var planFile = new Argument<string?>("FILE")
        {
            Description = "A plan saved by 'reconciler plan --save FILE': apply exactly its writes, or nothing if the stack or any object it touches changed since.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("apply", "Converge the tenant on the stack: invite guests, write policies and cross-tenant settings, then verify.") { planFile, yes, shared.ResetLocal, shared.Scope };
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
                parseResult.GetValue(shared.Scope),
                parseResult.GetValue(planFile));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ApplyArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Apply asks a person and reports as it writes: text only; `plan --output json` is the machine-readable preview.
        if (arguments.Output.Unsupported("apply", ReportFormat.Text) is { } unsupported)
        {
            DiagnosticWriter.Write(context.Io, [unsupported]);
            return ExitCodes.Error;
        }

        if (arguments.PlanFile is not null)
        {
            return await ApplySavedAsync(arguments, arguments.PlanFile, context, parseResult, cancellationToken);
        }

        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        var evidence = new EvidenceGate(session, desired, arguments.Scope);
        return await ApplyRun.RunAsync(
            session,
            desired,
            (engine, confirm, observe) => engine.ApplyAsync(desired, arguments.Options, confirm, observe, cancellationToken, assess: evidence.AssessAsync),
            "Apply these changes?",
            arguments.Yes,
            arguments.Output,
            context.Io,
            cancellationToken,
            arguments.Scope,
            assessSignIns: true,
            evidence: () => evidence.Gathered);
    }

    /// <summary>
    /// Applies a saved plan: the same stack files, the same overrides and read scope it was made with, and only if
    /// planning again over a fresh read gives exactly its writes on objects that read back unchanged.
    /// </summary>
    private static async Task<int> ApplySavedAsync(ApplyArguments arguments, string file, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var saved = SavedPlanFiles.ReadOrReport(file, context.Io);
        if (saved is null)
        {
            return ExitCodes.Error;
        }

        var target = arguments.Target with { Stack = arguments.Target.Stack ?? saved.StackName };
        var desired = StackSession.LoadOrReport(target.Directory, target.Stack, context.Io);
        if (desired is null)
        {
            return ExitCodes.Error;
        }

        var stale = SavedPlanCheck.BeforeRead(saved, desired.StackName, desired.TenantId, SavedPlanFiles.StackHash(target.Directory, desired.StackName));
        if (stale.Count > 0)
        {
            DiagnosticWriter.Write(context.Io, stale);
            return ExitCodes.Error;
        }

        await using var session = await StackSession.OpenAsync(target, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        var evidence = new EvidenceGate(session, session.Desired, saved.Scope);
        return await ApplyRun.RunAsync(
            session,
            session.Desired,
            (engine, confirm, observe) => engine.ApplyAsync(session.Desired, saved.Options.ToPlanOptions(), confirm, observe, cancellationToken, (plan, live) => SavedPlanCheck.AfterRead(saved, plan, live), evidence.AssessAsync),
            $"Apply the saved plan {file}?",
            arguments.Yes,
            arguments.Output,
            context.Io,
            cancellationToken,
            saved.Scope,
            assessSignIns: true,
            evidence: () => evidence.Gathered);
    }
}
