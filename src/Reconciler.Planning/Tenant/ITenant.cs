using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;

namespace Reconciler.Planning.Tenant;

/// <summary>
/// The one port between the pure core and a tenant. Implemented on Microsoft Graph (which also serves the
/// local tenant). Reading only looks; applying performs one planned action and reports what happened.
/// </summary>
public interface ITenant
{
    /// <summary>Reads the live state relevant to a stack. Never writes.</summary>
    Task<LiveSnapshot> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the live state once every write sent through this port has returned: the read that verifies an apply.
    /// Saying so lets a tenant that had to list the tenant after its writes anyway (to settle concurrent policy
    /// creates) answer from that listing, when it was made for a request that <see cref="SnapshotRequest.ReadsSameAs"/>
    /// this one and nothing has been written since. Never writes.
    /// </summary>
    Task<LiveSnapshot> ReadAfterWritesAsync(SnapshotRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request, cancellationToken);

    /// <summary>
    /// Performs one action. A create whose answer was lost is re-read by its key before it is retried,
    /// so a fault never produces a duplicate.
    /// </summary>
    Task<ActionOutcome> ApplyAsync(PlannedAction action, CancellationToken cancellationToken);

    /// <summary>
    /// Write permissions the actions need that the credential lacks, checked before the first write so a run stops
    /// whole rather than half-way. Empty when every permission is held or the credential does not say.
    /// </summary>
    IReadOnlyList<string> MissingPermissions(IEnumerable<PlannedAction> actions) => [];

    /// <summary>
    /// Looks users (members or guests) up by object id, so an export can name a policy's <c>excludeUsers</c> by email or
    /// UPN instead of by id. Ids that match nobody are left out. Never writes.
    /// </summary>
    Task<IReadOnlyList<LiveUser>> FindUsersByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LiveUser>>([]);

    /// <summary>
    /// Performs actions that do not depend on each other, in any order, with the same no-duplicate rule as
    /// <see cref="ApplyAsync"/>. Outcomes come back in the order of <paramref name="actions"/>. A tenant that
    /// cannot batch performs them one by one. The engine may send another batch of independent actions before this
    /// one returns; a read that follows must show every write that had been sent.
    /// </summary>
    async Task<IReadOnlyList<ActionOutcome>> ApplyBatchAsync(IReadOnlyList<PlannedAction> actions, CancellationToken cancellationToken)
    {
        var outcomes = new List<ActionOutcome>(actions.Count);
        foreach (var action in actions)
        {
            outcomes.Add(await ApplyAsync(action, cancellationToken));
        }
        return outcomes;
    }
}

/// <summary>What to read.</summary>
/// <param name="Emails">Declared guest emails, referenced emails (includeUsers, excludeUsers) and break-glass accounts, to look up as users.</param>
/// <param name="Scope">Full reads every guest (for unmanaged objects and counts); Declared looks up only the emails.</param>
/// <param name="UnmanagedGuestSample">How many unmanaged guests to keep as a sample for reports.</param>
/// <param name="Incremental">
/// Full scope only: read guests as changes since <paramref name="GuestCache"/> (or, without one, read them all and
/// start tracking), and return the refreshed cache in <see cref="LiveSnapshot.GuestCache"/>.
/// </param>
/// <param name="GuestCache">The guests as the previous incremental read left them.</param>
/// <param name="NamedPartners">Partner tenants whose display names to look up for reports; null names every partner.</param>
public sealed record SnapshotRequest(
    IReadOnlyCollection<string> Emails,
    ReadScope Scope = ReadScope.Full,
    int UnmanagedGuestSample = 20,
    bool Incremental = false,
    GuestCache? GuestCache = null,
    IReadOnlyCollection<string>? NamedPartners = null)
{
    /// <summary>Told after each page of a long read, so a person at a terminal sees it move. Never part of the result.</summary>
    public IProgress<ReadProgress>? Progress { get; init; }

    /// <summary>
    /// Email domains of declared guests whose home tenant is looked up (findTenantInformationByDomainName), so their
    /// sign-ins are judged with the trust their home tenant gets. Empty: nothing is looked up.
    /// </summary>
    public IReadOnlyCollection<string> GuestDomains { get; init; } = [];

    /// <summary>
    /// Whether a snapshot read for <paramref name="other"/> answers this request too: the same emails (as sets,
    /// case-insensitive), scope, sample size and named partners. An incremental read never does, because it moves
    /// a cache along.
    /// </summary>
    public bool ReadsSameAs(SnapshotRequest other) =>
        !Incremental && !other.Incremental
        && Scope == other.Scope
        && UnmanagedGuestSample == other.UnmanagedGuestSample
        && SameSet(Emails, other.Emails)
        && SameSet(GuestDomains, other.GuestDomains)
        && (NamedPartners is null ? other.NamedPartners is null : other.NamedPartners is not null && SameSet(NamedPartners, other.NamedPartners));

    private static bool SameSet(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b);
}

/// <summary>The result of one action: done, or failed with a diagnostic. <see cref="ObjectId"/> is the created or touched object's id.</summary>
public sealed record ActionOutcome(PlannedAction Action, bool Succeeded, string? ObjectId = null, string? RequestId = null, Diagnostic? Failure = null)
{
    /// <summary>The action was never sent: the tenant had stopped answering. The run stops, and lists it as not attempted.</summary>
    public bool NotSent { get; init; }
}
