using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Core.Access;
using Reconciler.Core.DesiredState;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Live;
using Reconciler.Core.Planning;
using Reconciler.Core.Reports;

namespace Reconciler.Cli.Commands;

public sealed record PlanArguments(
    string Directory, string? Stack, string? GraphUrl, OutputFormat Output, string? OutFile,
    bool Redact, bool ResetLocal, ReadScope Scope, PlanOptions Options);

/// <summary>`reconciler plan`: drift, the writes apply would make, the safety gates and the sign-in impact. 0 nothing to do, 2 changes, 1 error.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var command = new Command("plan", "Show what apply would change, the safety findings, and how guests' sign-ins would be treated before and after.");
        foreach (var option in shared.Reading.Concat(shared.Overrides))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new PlanArguments(
                context.ProjectDirectory(parseResult),
                parseResult.GetValue(context.Options.Stack),
                parseResult.GetValue(context.Options.GraphUrl),
                parseResult.GetValue(context.Options.Output),
                parseResult.GetValue(context.Options.OutFile),
                parseResult.GetValue(shared.Redact),
                parseResult.GetValue(shared.ResetLocal),
                parseResult.GetValue(shared.Scope),
                shared.PlanOptions(parseResult));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(PlanArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var desired = StackSession.LoadOrReport(arguments.Directory, arguments.Stack, context.Io);
        if (desired is null)
        {
            return ExitCodes.Error;
        }

        await using var session = await StackSession.ConnectAsync(desired, arguments.Directory, arguments.GraphUrl, context, parseResult, cancellationToken, arguments.ResetLocal);
        var live = session is null ? null : await session.ReadAsync(desired, cancellationToken, arguments.Scope);
        if (live is null)
        {
            return ExitCodes.Error;
        }

        var plan = Planner.Plan(desired, live, arguments.Options);
        plan = plan with { Diagnostics = [.. plan.Diagnostics, .. live.Diagnostics, .. AccessChecks(desired)] };
        var report = ReportBuilder.Plan(plan, desired, live, SignInImpactTable.Build(desired, live));
        if (arguments.Redact)
        {
            report = Redactor.Redact(report);
        }

        var renderer = ReportFormats.For(arguments.Output, arguments.OutFile, context.Io);
        await ReportWriter.WriteAsync(renderer.Render(report), arguments.OutFile, context.Io, cancellationToken);
        await ReportWriter.AppendToStepSummaryAsync(ReportRenderers.For(ReportFormat.Markdown).Render(report), context.Io, cancellationToken);
        session!.Logger.Information("Plan for stack {Stack}: {Summary}", desired.StackName, plan.Summary.ToString());

        if (plan.HasErrors)
        {
            return ExitCodes.Error;
        }

        return plan.IsEmpty ? ExitCodes.Success : ExitCodes.Differences;
    }

    /// <summary>Cross-object warnings about sign-ins: guests that must register MFA here, partners that weaken the default.</summary>
    internal static IReadOnlyList<Diagnostic> AccessChecks(DesiredState desired)
    {
        var guests = desired.Guests.Where(g => g.Ensure == Ensure.Present)
            .Select(g => new GuestUnderTest(SignInUser.Guest(g.Email, homeTenantId: null), g.Source)).ToList();
        var policies = desired.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present).Select(PolicyUnderTest.From).ToList();
        return AccessDiagnostics.Check(guests, policies, desired.CrossTenantAccess);
    }
}
