using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Cli.Commands;

public sealed record DriftArguments(
    StackTarget Target, ReportOutput Output, bool Redact, ReadScope Scope, bool FailOnUnmanaged, bool Incremental = false, bool FailOnWeakening = false, string? Commit = null);

/// <summary>
/// `reconciler drift`: the declared state against the live tenant, read-only. 0 in sync, 2 drift, 1 error. Unmanaged
/// objects are reported, never drift, unless <c>--fail-on</c> says so: <c>weakening</c> for those that weaken guest
/// access of the declared scope, <c>unmanaged</c> for any.
/// </summary>
internal static class DriftCommand
{
    public const string FailOnWeakening = "weakening";
    public const string FailOnUnmanaged = "unmanaged";

    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var failOnUnmanaged = new Option<bool>("--fail-on-unmanaged") { Description = "The same as --fail-on unmanaged." };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Also exit 2 for unmanaged objects: those that weaken guest access of the declared scope (weakening), or any (unmanaged). Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        failOn.AcceptOnlyFromAmong(FailOnWeakening, FailOnUnmanaged);
        var incremental = new Option<bool>("--incremental")
        {
            Description = $"Read only the guests that changed since the last incremental run (Graph users/delta), from a cache kept in {GuestCacheFile.RelativePath}. Full scope only.",
        };
        var command = new Command("drift", "Compare the stack with the live tenant and report every difference; writes nothing.") { failOn, failOnUnmanaged, incremental, shared.Commit };
        foreach (var option in shared.Reading)
        {
            command.Options.Add(option);
        }

        // The guest cache is the whole tenant's guests; a declared-only read could neither use nor refresh it.
        command.Validators.Add(result =>
        {
            if (result.GetValue(incremental) && result.GetValue(shared.Scope) == ReadScope.Declared)
            {
                result.AddError("--incremental reads every guest's changes and cannot be combined with --scope declared.");
            }
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new DriftArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                context.ReportOutput(parseResult),
                parseResult.GetValue(shared.Redact),
                parseResult.GetValue(shared.Scope),
                parseResult.GetValue(failOnUnmanaged) || (parseResult.GetValue(failOn) ?? []).Contains(FailOnUnmanaged),
                parseResult.GetValue(incremental),
                (parseResult.GetValue(failOn) ?? []).Contains(FailOnWeakening),
                parseResult.GetValue(shared.Commit));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(DriftArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        var live = session is null ? null
            : arguments.Incremental ? await session.ReadIncrementallyAsync(session.Desired, arguments.Target.Directory, cancellationToken)
            : await session.ReadAsync(session.Desired, cancellationToken, arguments.Scope, declaredPartnerNamesOnly: true);
        var readAt = DateTimeOffset.UtcNow;
        if (session is null || live is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        var result = DriftChecker.Check(desired, live);
        var report = ReportProvenance.Stamp(ReportBuilder.Drift(result.Drift, [.. result.Diagnostics, .. live.Diagnostics], desired, live), arguments.Commit, readAt, context.Io);
        if (!result.HasErrors)
        {
            // The declared tenant is the live one with the plan that fixes the drift applied: the one projection plan shows.
            var declared = TenantAfterPlan.Project(live, Planner.Plan(desired, live, PlanOptions.Default).Actions);
            report = report with { AccessPaths = AccessPathBuilder.ForDrift(desired, live, declared) };
        }


        if (arguments.Redact)
        {
            report = (await RedactionKey.RedactorAsync(arguments.Target.Directory, context.Io.Environment, cancellationToken)).Redact(report);
        }

        await ReportPublisher.PublishAsync(renderer => renderer.Render(report), arguments.Output, context.Io, cancellationToken);
        session.Logger.Information("Drift of stack {Stack}: {Count} object(s) differ", desired.StackName, report.Drift.Count);

        if (result.HasErrors)
        {
            return ExitCodes.Error;
        }

        var unmanaged = arguments.FailOnUnmanaged && (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0);
        var weakening = arguments.FailOnWeakening && report.WeakeningUnmanaged.Count > 0;
        return report.InSync && !unmanaged && !weakening ? ExitCodes.Success : ExitCodes.Differences;
    }
}
