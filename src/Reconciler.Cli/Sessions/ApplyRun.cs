using System.Text;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Applying;
using Reconciler.Planning.Tenant;
using Reconciler.Reporting;
using Serilog;

namespace Reconciler.Cli.Sessions;

/// <summary>What apply and destroy share: show the plan, ask, run the engine, log each write, and say how it ended.</summary>
internal static class ApplyRun
{
    /// <summary>
    /// Shows the plan, asks, runs, and says how it ended, on stdout; with --out the same transcript is also written
    /// to the file, because a person confirming must still see the plan on the terminal.
    /// </summary>
    public static async Task<int> RunAsync(
        StackSession session,
        Reconciler.Model.Desired.DesiredState desired,
        Func<ApplyEngine, ApplyEngine.Confirmation, ApplyEngine.ActionObserver, Task<ApplyResult>> run,
        string question,
        bool yes,
        ReportOutput output,
        CliIo io,
        CancellationToken cancellationToken,
        ReadScope scope = ReadScope.Full,
        bool assessSignIns = false,
        Func<Evidence.GatheredEvidence?>? evidence = null)
    {
        var engine = new ApplyEngine(session.Tenant, scope);
        var renderer = output.Renderer(io);
        var transcript = new StringBuilder();
        async Task Say(string text)
        {
            transcript.Append(text);
            await io.Out.WriteAsync(text);
        }

        // apply asks after showing what plan shows (warnings, access checks, sign-in impact); destroy has no
        // declared "after" to assess sign-ins against, so it shows the plan alone.
        PlanReport Assess(Plan plan, LiveSnapshot live) =>
            assessSignIns ? PlanAssessment.Of(plan, desired, live, evidence?.Invoke()).Report : ReportBuilder.Plan(plan, desired, live);

        var result = await run(
            engine,
            async (plan, live, ct) =>
            {
                await Say(renderer.Render(Assess(plan, live)));
                return await Confirmation.AskAsync(question, yes, io, ct);
            },
            outcome => Log(session.Logger, outcome));

        if (result.Status is ApplyStatus.Refused or ApplyStatus.NothingToDo)
        {
            await Say(renderer.Render(Assess(result.Plan, result.Before)));
        }

        DiagnosticWriter.Write(io, result.Diagnostics);
        // An empty plan already ends with "No changes"; saying it again reads as two runs.
        if (result.Status != ApplyStatus.NothingToDo)
        {
            await Say(Describe(result) + "\n");
        }

        if (output.OutFile is not null)
        {
            await ReportWriter.WriteAsync(transcript.ToString(), output.OutFile, io, cancellationToken);
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Error;
    }

    private static void Log(ILogger logger, ActionOutcome outcome)
    {
        var action = outcome.Action;
        if (outcome.Succeeded)
        {
            logger.Information(
                "{Kind} {ResourceType} {Key}: done (object {ObjectId}, request {RequestId})",
                action.Kind, action.ResourceType, action.Key, outcome.ObjectId, outcome.RequestId);
        }
        else
        {
            logger.Error(
                "{Kind} {ResourceType} {Key}: failed: {Failure} (request {RequestId})",
                action.Kind, action.ResourceType, action.Key, outcome.Failure?.ToString(), outcome.RequestId);
        }
    }

    internal static string Describe(ApplyResult result) => result.Status switch
    {
        ApplyStatus.NothingToDo => "No changes. The tenant matches the stack.",
        ApplyStatus.Converged => $"Complete: {result.Plan.Summary}. A fresh plan is empty.",
        ApplyStatus.Refused => "Nothing was written: the plan has errors, a safety gate blocks it, or a saved plan is out of date (see above).",
        ApplyStatus.Declined => "Nothing was written.",
        ApplyStatus.Partial => PartialText(result),
        _ => $"{EngineDiagnostics.NotConverged(result.Verification?.Actions.Count ?? 0)}",
    };

    private static string PartialText(ApplyResult result)
    {
        var done = result.Outcomes.Where(o => o.Succeeded).Select(o => $"  done    {o.Action.Kind} {o.Action.ResourceType} {o.Action.Key}");
        var failed = result.Outcomes.Where(o => !o.Succeeded).Select(o => $"  failed  {o.Action.Kind} {o.Action.ResourceType} {o.Action.Key}: {o.Failure?.Message}");
        var skipped = result.NotAttempted.Select(a => $"  skipped {a.Kind} {a.ResourceType} {a.Key}");
        return string.Join(Environment.NewLine, ["Stopped part-way; what was done stays done. Run the command again to finish:", .. done, .. failed, .. skipped]);
    }
}
