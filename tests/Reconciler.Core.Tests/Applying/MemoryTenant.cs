using Reconciler.Core.Tests.Support;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Core.Tests.Applying;

/// <summary>
/// A tenant held in memory for the engine's own rules (order, partial failure, follow-up rounds). Scenario tests
/// drive the same engine against the local tenant over Graph; this one isolates what the engine decides.
/// </summary>
internal sealed class MemoryTenant(LiveSnapshot live) : ITenant
{
    public LiveSnapshot Live { get; private set; } = live;

    public List<PlannedAction> Applied { get; } = [];

    /// <summary>Actions whose key is here fail, as a 400 from Graph would.</summary>
    public HashSet<string> FailingKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Invitations create users with this accountEnabled, whatever was asked (Graph has no such field on invite).</summary>
    public bool? InvitedAccountEnabled { get; init; }

    /// <summary>Runs after each write: someone else changing the tenant while apply is under way.</summary>
    public Func<LiveSnapshot, LiveSnapshot>? Meanwhile { get; set; }

    /// <summary>Awaited before each batch is written: a batch still on the wire while the engine may send another.</summary>
    public Func<IReadOnlyList<PlannedAction>, Task>? BeforeBatch { get; set; }

    private readonly Lock _writing = new();

    public Task<LiveSnapshot> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken) => Task.FromResult(Live);

    public Task<ActionOutcome> ApplyAsync(PlannedAction action, CancellationToken cancellationToken)
    {
        if (FailingKeys.Contains(action.Key))
        {
            return Task.FromResult(new ActionOutcome(action, false, Failure: new Diagnostic("B2B3005", DiagnosticSeverity.Error, $"refused {action.Key}")));
        }

        var sent = action is InviteGuest invite && InvitedAccountEnabled is { } enabled
            ? invite with { Guest = invite.Guest with { AccountEnabled = enabled } }
            : action;
        lock (_writing)
        {
            Live = FakeTenant.Apply(Live, [sent]);
            Applied.Add(action);
            var id = action is InviteGuest ? Live.Users.Last().Id : action.Key;
            Live = Meanwhile?.Invoke(Live) ?? Live;
            return Task.FromResult(new ActionOutcome(action, true, id));
        }
    }

    public async Task<IReadOnlyList<ActionOutcome>> ApplyBatchAsync(IReadOnlyList<PlannedAction> actions, CancellationToken cancellationToken)
    {
        if (BeforeBatch is { } before)
        {
            await before(actions);
        }
        var outcomes = new List<ActionOutcome>(actions.Count);
        foreach (var action in actions)
        {
            outcomes.Add(await ApplyAsync(action, cancellationToken));
        }
        return outcomes;
    }
}
