using Reconciler.Core.Diagnostics;
using Reconciler.Core.Live;
using Reconciler.Core.Planning;
using Reconciler.Core.Tenant;

namespace Reconciler.Core.Applying;

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

    public Task<ApplyResult> ApplyAsync(DesiredState.DesiredState desired, PlanOptions options, Confirmation confirm, ActionObserver? observe, CancellationToken cancellationToken) =>
        RunAsync(desired, options with { ForApply = true }, Planner.Plan, confirm, observe, cancellationToken);

    public Task<ApplyResult> DestroyAsync(DesiredState.DesiredState desired, PlanOptions options, Confirmation confirm, ActionObserver? observe, CancellationToken cancellationToken) =>
        RunAsync(desired, options with { ForApply = true }, Planner.PlanDestroy, confirm, observe, cancellationToken);

    private async Task<ApplyResult> RunAsync(
        DesiredState.DesiredState desired,
        PlanOptions options,
        Func<DesiredState.DesiredState, LiveSnapshot, PlanOptions, Plan> plan,
        Confirmation confirm,
        ActionObserver? observe,
        CancellationToken cancellationToken)
    {
        var request = SnapshotRequestFor.Declared(desired, scope);
        var before = await tenant.ReadAsync(request, cancellationToken);
        var first = plan(desired, before, options);
        if (first.HasErrors || !first.CanApply)
        {
            return new ApplyResult(ApplyStatus.Refused, first, before);
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

        var (outcomes, notAttempted) = await ExecuteAsync(first.Actions, observe, cancellationToken);
        if (outcomes.Any(o => !o.Succeeded) || notAttempted.Count > 0)
        {
            return new ApplyResult(ApplyStatus.Partial, first, before) { Outcomes = outcomes, NotAttempted = notAttempted };
        }

        // Some settings can only follow a create (a guest invited disabled is created enabled, then updated), so the
        // engine reads and plans again and finishes what remains, as long as it only touches objects the confirmed
        // plan named. The last plan is the verification: converged only when it is empty.
        var confirmed = first.Actions.Select(a => (a.ResourceType, a.Key.ToUpperInvariant())).ToHashSet();
        for (var round = 0; ; round++)
        {
            var after = await tenant.ReadAfterWritesAsync(request, cancellationToken);
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

            var (more, skipped) = await ExecuteAsync(verification.Actions, observe, cancellationToken);
            outcomes.AddRange(more);
            if (more.Any(o => !o.Succeeded) || skipped.Count > 0)
            {
                return new ApplyResult(ApplyStatus.Partial, first, before) { Outcomes = outcomes, NotAttempted = skipped };
            }
        }
    }

    /// <summary>How many times apply may finish what a create could not set; one is enough for every case known.</summary>
    private const int FollowUpRounds = 2;

    /// <summary>
    /// Sends each stage (see <see cref="ApplyStages"/>) as one batch as soon as the stages it waits for are done, so
    /// a policy goes out while guests it does not name are still being invited. A policy that names a guest invited
    /// in this run gets the new object id; a policy whose guest could not be invited is not sent, because Graph would
    /// reject the email. Outcomes are recorded stage by stage in stage order, whichever batch returned first, so the
    /// log and the result read the same on every run.
    /// </summary>
    private async Task<(List<ActionOutcome> Outcomes, List<PlannedAction> NotAttempted)> ExecuteAsync(
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
                    (NamesAnyOf(action, failedInvites) ? notAttempted : ready).Add(action);
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
        catch
        {
            // Never return while a write is still on the wire: the caller may read the tenant or exit next.
            await Task.WhenAll(sent.OfType<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        return (outcomes, notAttempted);
    }

    private static bool NamesAnyOf(PlannedAction action, HashSet<string> emails) =>
        emails.Count > 0 && PendingReferences.In(action).Any(emails.Contains);
}
