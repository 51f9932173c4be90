using System.CommandLine;
using Reconciler.Access;
using Reconciler.Cli.Evidence;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.SavedPlans;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;

namespace Reconciler.Cli.Commands;

public sealed record PlanArguments(StackTarget Target, ReportOutput Output, bool Redact, ReadScope Scope, PlanOptions Options, string? SaveFile = null, string? Commit = null, int? EvidenceDays = null);

/// <summary>`reconciler plan`: drift, the writes apply would make, the safety gates and the sign-in impact. 0 nothing to do, 2 changes, 1 error or blocked.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var save = new Option<string?>("--save") { Description = "Also write the plan to FILE, for 'reconciler apply FILE' to apply exactly these writes.", HelpName = "FILE" };
        var evidence = EvidenceDays.Option("--evidence", "Also replay the guest sign-ins of the last DAYS days (1-30) against the change: who it would challenge, satisfy at home or block.");
        var command = new Command("plan", "Show what apply would change, the safety findings, and how guests' sign-ins would be treated before and after.") { save, shared.Commit, evidence };
        foreach (var option in shared.Reading.Concat(shared.Overrides))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new PlanArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                context.ReportOutput(parseResult),
                parseResult.GetValue(shared.Redact),
                parseResult.GetValue(shared.Scope),
                shared.PlanOptions(parseResult),
                parseResult.GetValue(save),
                parseResult.GetValue(shared.Commit),
                parseResult.GetValue(evidence));
            if (EvidenceDays.Check("--evidence", arguments.EvidenceDays) is { } invalid)
            {
                DiagnosticWriter.Write(context.Io, [invalid]);
                return ExitCodes.Error;
            }

            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(PlanArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        var live = session is null ? null : await session.ReadAsync(session.Desired, cancellationToken, arguments.Scope);
        var readAt = DateTimeOffset.UtcNow;
        if (session is null || live is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        var planned = Planner.Plan(desired, live, arguments.Options);
        var evidence = EvidenceGathering.DaysFor(desired, live, planned.Actions, arguments.EvidenceDays) is { } days
            ? await EvidenceGathering.GatherAsync(session.Tenant, desired, live, planned.Actions, days, arguments.Scope, readAt, cancellationToken)
            : null;
        var (plan, assessed) = PlanAssessment.Of(planned, desired, live, evidence);
        var report = ReportProvenance.Stamp(assessed, arguments.Commit, readAt, context.Io);
        if (arguments.Redact)
        {
            report = (await RedactionKey.RedactorAsync(arguments.Target.Directory, context.Io.Environment, cancellationToken)).Redact(report);
        }

        await ReportPublisher.PublishAsync(renderer => renderer.Render(report), arguments.Output, context.Io, cancellationToken);
        session.Logger.Information("Plan for stack {Stack}: {Summary}", desired.StackName, plan.Summary.ToString());
        if (arguments.SaveFile is { } saveFile)
        {
            var stackHash = SavedPlanFiles.StackHash(arguments.Target.Directory, desired.StackName);
            var saved = SavedPlanBuilder.From(plan, live, desired.StackName, desired.TenantId, stackHash, arguments.Options, arguments.Scope, readAt);
            await SavedPlanFiles.WriteAsync(saved, saveFile, context.Io, cancellationToken);
            session.Logger.Information("Saved the plan to {File}", saveFile);
        }

        // A plan apply would refuse (an error, or a blocking safety finding) must fail a pull-request check, not pass
        // it as "changes": the JSON report's canApply is false for exactly these plans.
        if (!plan.CanApply)
        {
            return ExitCodes.Error;
        }

        return plan.IsEmpty ? ExitCodes.Success : ExitCodes.Differences;
    }
}
