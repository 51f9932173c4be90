using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Planning.Applying;

/// <summary>
/// Converges a tenant on a stack, level-based: read, plan, check the gates, ask, write, then read again and
/// require an empty plan. It never acts on "what changed since last time", so a rerun after any failure or crash
/// simply finishes the job.
/// </summary>
/// <param name="tenant">The tenant to converge.</param>
/// <param name="scope">How the tenant is read before and after the writes; declared keeps large tenants fast.</param>
public sealed class ApplyEngine(ITenant tenant, ReadScope scope = ReadScope.Full)
{
    /// <summary>Asked once with the plan before the first write; false declines.</summary>
    public delegate Task<bool> Confirmation(Plan plan, LiveSnapshot live, CancellationToken cancellationToken);

    /// <summary>Told about each action as it completes, for logs and progress.</summary>
    public delegate void ActionObserver(ActionOutcome outcome);

    /// <summary>
    /// Judges the first plan and the snapshot it came from before anything is asked or written (a saved plan's
    /// proof that nothing moved since review); any error refuses the run.
    /// </summary>
    public delegate IReadOnlyList<Diagnostic> PlanCheck(Plan plan, LiveSnapshot live);

    /// <summary>
    /// Adds to the first plan what only reading more can tell (the sign-in evidence a stack may require) before the
    /// gates judge it: a blocking finding it adds refuses the run before anything is asked or written.
    /// </summary>
    public delegate Task<Plan> PlanAssessor(Plan plan, LiveSnapshot live, CancellationToken cancellationToken);

    public Task<ApplyResult> ApplyAsync(DesiredState desired, PlanOptions options, Confirmation confirm, ActionObserver? observe, CancellationToken cancellationToken, PlanCheck? check = null, PlanAssessor? assess = null) =>
        RunAsync(desired, options with { ForApply = true }, Planner.Plan, confirm, observe, cancellationToken, check, assess);

    public Task<ApplyResult> DestroyAsync(DesiredState desired, PlanOptions options, Confirmation confirm, ActionObserver? observe, CancellationToken cancellationToken) =>
        RunAsync(desired, options with { ForApply = true }, Planner.PlanDestroy, confirm, observe, cancellationToken);

    private async Task<ApplyResult> RunAsync(
        DesiredState desired,
        PlanOptions options,
        Func<DesiredState, LiveSnapshot, PlanOptions, Plan> plan,
        Confirmation confirm,
        ActionObserver? observe,
        CancellationToken cancellationToken,
        PlanCheck? check = null,
        PlanAssessor? assess = null)
    {
        // The read plan makes, so that the plan a person confirms is the plan `plan` showed (every partner, named).
        var request = SnapshotRequestFor.Stack(desired, scope);
        var before = await tenant.ReadAsync(request, cancellationToken);
        var first = plan(desired, before, options);
        if (assess is not null)
        {
            first = await assess(first, before, cancellationToken);
        }

        if (first.HasErrors || !first.CanApply)
        {
            return new ApplyResult(ApplyStatus.Refused, first, before);
        }

        if (check?.Invoke(first, before) is { Count: > 0 } objections)
        {
            return new ApplyResult(ApplyStatus.Refused, first, before) { Diagnostics = objections };
        }

        if (first.IsEmpty)
        {
            return new ApplyResult(ApplyStatus.NothingToDo, first, before);
        }

        var missing = tenant.MissingPermissions(first.Actions);
        if (missing.Count > 0)
        {
            return new ApplyResult(ApplyStatus.Refused, first, before) { Diagnostics = [TenantDiagnostics.MissingPermissions(missing)] };
        }

        if (!await confirm(first, before, cancellationToken))
        {
            return new ApplyResult(ApplyStatus.Declined, first, before);
        }

        var run = await ExecuteAsync(first.Actions, observe, cancellationToken);
        var outcomes = run.Outcomes;
        if (run.Stopped)
        {
            return Partial(first, before, outcomes, run);
        }

        // Some settings can only follow a create (a guest invited disabled is created enabled, then updated), so the
        // engine reads and plans again and finishes what remains, as long as it only touches objects the confirmed
        // plan named. The last plan is the verification: converged only when it is empty.
        var confirmed = first.Actions.Select(a => (a.ResourceType, a.Key.ToUpperInvariant())).ToHashSet();
        for (var round = 0; ; round++)
        {
            LiveSnapshot after;
            try
            {
                after = await tenant.ReadAfterWritesAsync(request, cancellationToken);
            }
            catch (Exception e) when (Stop.From(e, cancellationToken) is { } stop)
            {
                // Every write is done; only the verifying read failed or was interrupted.
                return Partial(first, before, outcomes, new Execution(outcomes, [], stop.Diagnostic, stop.Interrupted));
            }
            var verification = plan(desired, after, options);
            var followUp = verification.IsEmpty || round == FollowUpRounds || !verification.CanApply
                || !verification.Actions.All(a => confirmed.Contains((a.ResourceType, a.Key.ToUpperInvariant())));
            if (followUp)
            {
                return new ApplyResult(verification.IsEmpty ? ApplyStatus.Converged : ApplyStatus.NotConverged, first, before)
                {
                    Outcomes = outcomes,
                    Verification = verification,
                };
            }

            var more = await ExecuteAsync(verification.Actions, observe, cancellationToken);
            outcomes.AddRange(more.Outcomes);
            if (more.Stopped)
            {
                return Partial(first, before, outcomes, more);
            }
        }
    }

    private static ApplyResult Partial(Plan plan, LiveSnapshot before, List<ActionOutcome> outcomes, Execution run) =>
        new(ApplyStatus.Partial, plan, before)
        {
            Outcomes = outcomes,
            NotAttempted = run.NotAttempted,
            Diagnostics = run.StoppedBy is null ? [] : [run.StoppedBy],
            Interrupted = run.Interrupted,
        };

    /// <summary>What one round of writes did; <see cref="Stopped"/> when anything failed or was left undone.</summary>
    private sealed record Execution(List<ActionOutcome> Outcomes, List<PlannedAction> NotAttempted, Diagnostic? StoppedBy, bool Interrupted)
    {
        public bool Stopped => Interrupted || StoppedBy is not null || NotAttempted.Count > 0 || Outcomes.Any(o => !o.Succeeded);
    }

    /// <summary>Why a run stopped early: a tenant failure that carries its diagnostic, or the caller's cancellation (an interrupt).</summary>
    private sealed record Stop(Diagnostic? Diagnostic, bool Interrupted)
    {
        public static Stop? From(Exception e, CancellationToken cancellationToken) => e switch
        {
            DiagnosticException d => new Stop(d.Diagnostic, false),
            OperationCanceledException when cancellationToken.IsCancellationRequested => new Stop(null, true),
            _ => null,
        };
    }

    /// <summary>How many times apply may finish what a create could not set; one is enough for every case known.</summary>
    private const int FollowUpRounds = 2;

    /// <summary>
    /// Sends each stage (see <see cref="ApplyStages"/>) as one batch as soon as the stages it waits for are done, so
    /// a policy goes out while guests it does not name are still being invited. A policy that names a guest invited
    /// in this run gets the new object id; a policy whose guest could not be invited is not sent, because Graph would
    /// reject the email. Outcomes are recorded stage by stage in stage order, whichever batch returned first, so the
    /// log and the result read the same on every run. Once the tenant says an action was not sent (it stopped
    /// answering), nothing more is sent: the rest is reported as not attempted, with the diagnostic that stopped it.
    /// </summary>
    private async Task<Execution> ExecuteAsync(
        IReadOnlyList<PlannedAction> actions,
        ActionObserver? observe,
        CancellationToken cancellationToken)
    {
        var stages = ApplyStages.Split(actions);
        var sent = new Task<IReadOnlyList<ActionOutcome>>?[stages.Count];
        var completed = 0; // Stages are recorded in order, so the first `completed` are done.
        var invited = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var failedInvites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<ActionOutcome>();
        var notAttempted = new List<PlannedAction>();
        Diagnostic? stoppedBy = null;

        void SendReady()
        {
            for (var i = 0; i < stages.Count; i++)
            {
                if (sent[i] is not null || !stages[i].WaitsFor.All(w => w < completed))
                {
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                var ready = new List<PlannedAction>();
                foreach (var action in stages[i].Actions.Select(planned => PendingReferences.Bind(planned, invited)))
                {
                    (stoppedBy is not null || NamesAnyOf(action, failedInvites) ? notAttempted : ready).Add(action);
                }
                sent[i] = ready.Count == 0 ? Task.FromResult<IReadOnlyList<ActionOutcome>>([]) : tenant.ApplyBatchAsync(ready, cancellationToken);
            }
        }

        try
        {
            for (var i = 0; i < stages.Count; i++)
            {
                SendReady();
                foreach (var outcome in await sent[i]!)
                {
                    if (outcome.NotSent)
                    {
                        stoppedBy ??= outcome.Failure;
                        notAttempted.Add(outcome.Action);
                        continue;
                    }
                    outcomes.Add(outcome);
                    observe?.Invoke(outcome);
                    if (outcome.Action is InviteGuest invite)
                    {
                        if (outcome is { Succeeded: true, ObjectId: { } id })
                        {
                            invited[invite.Guest.Email] = id;
                        }
                        else
                        {
                            failedInvites.Add(invite.Guest.Email);
                        }
                    }
                }
                completed++;
            }
        }
        catch (Exception e)
        {
            // Never return while a write is still on the wire: the caller may read the tenant or exit next.
            await Task.WhenAll(sent.OfType<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (Stop.From(e, cancellationToken) is not { } stop)
            {
                throw;
            }
            // Stages that finished while the run was stopping are done and reported so; the rest are not.
            for (var i = completed; i < stages.Count; i++)
            {
                if (sent[i] is { IsCompletedSuccessfully: true } finished)
                {
                    outcomes.AddRange(finished.Result.Where(o => !o.NotSent));
                    notAttempted.AddRange(finished.Result.Where(o => o.NotSent).Select(o => o.Action));
                }
                else
                {
                    notAttempted.AddRange(stages[i].Actions);
                }
            }
            return new Execution(outcomes, notAttempted, stop.Diagnostic ?? stoppedBy, stop.Interrupted);
        }

        return new Execution(outcomes, notAttempted, stoppedBy, Interrupted: false);
    }

    private static bool NamesAnyOf(PlannedAction action, HashSet<string> emails) =>
        emails.Count > 0 && PendingReferences.In(action).Any(emails.Contains);
}
