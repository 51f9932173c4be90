using Reconciler.Graph.Batching;
using Reconciler.Graph.ConditionalAccess;
using Reconciler.Graph.Connection;
using Reconciler.Graph.CrossTenant;
using Reconciler.Graph.Guests;
using Reconciler.Graph.Organization;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Graph.WhatIf;
using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph;

/// <summary>
/// The tenant port on Microsoft Graph (and on the local tenant, which speaks the same wire). Obtained only through
/// <see cref="ConnectAsync"/>, which pins the tenant: nothing is read before the tenant is known to be the stack's, and
/// nothing is returned or written before <c>GET /organization</c> has confirmed it.
/// <see cref="ReadAsync"/> throws <see cref="TenantException"/> with one diagnostic when the snapshot cannot be read;
/// <see cref="ApplyAsync"/> never throws for a Graph failure and reports it in the outcome instead.
/// </summary>
public sealed class GraphTenant : ITenant, ISignInEvaluator, IMembershipReader, ISignInLog
{
    private readonly GraphConnection _connection;
    private readonly GraphCaller _caller;
    private readonly PolicyReader _policies;
    private readonly CrossTenantReader _crossTenant;
    private readonly ReadAhead _readAhead = new();
    private readonly BatchSlots _batchSlots = new();
    private readonly string _tenantId;

    private GraphTenant(GraphConnection connection, TokenClaims? claims, string tenantId, Task<LiveOrganization> pinned)
    {
        _connection = connection;
        _caller = connection.Caller();
        _policies = new PolicyReader(connection.Client, _caller);
        _crossTenant = new CrossTenantReader(connection.Client, _caller);
        _tenantId = tenantId;
        Claims = claims;
        Pinned = pinned;
    }

    /// <summary>
    /// The tenant as <c>GET /organization</c> confirmed it. It faults with <see cref="TenantException"/> when the
    /// answer names another tenant or cannot be read; every read and write awaits it.
    /// </summary>
    public Task<LiveOrganization> Pinned { get; }

    /// <summary>The token's tenant and roles, when the token could be decoded.</summary>
    public TokenClaims? Claims { get; }

    /// <summary>
    /// Connects and pins: the token's <c>tid</c> must be the expected tenant (checked before any request), and
    /// <c>GET /organization</c> must confirm it. When the tenant issued the token, its <c>tid</c> already says who
    /// answers, so the confirmation runs alongside the first read instead of a round trip before it. Otherwise (an
    /// opaque token, or one minted on the stack's word) the port is returned only once the tenant has confirmed.
    /// Any failure before the port is returned comes back as a B2B3xxx diagnostic and no tenant.
    /// </summary>
    public static async Task<(GraphTenant? Tenant, Diagnostic? Failure)> ConnectAsync(GraphConnectionOptions options, CancellationToken cancellationToken)
    {
        var (connection, failure) = GraphConnection.Create(options);
        if (connection is null)
        {
            return (null, failure);
        }
        var (claims, claimsFailure) = await connection.ReadClaimsAsync(cancellationToken);
        if (claimsFailure is not null)
        {
            return (null, claimsFailure);
        }
        if (claims?.TenantId is { } tokenTenant && !SameTenant(tokenTenant, options.TenantId))
        {
            return (null, TenantDiagnostics.TenantMismatch(options.TenantId, tokenTenant, "the token's tid claim"));
        }
        var vouched = claims?.TenantId is not null && connection.TokenIssuedByTenant;
        var pinned = PinAsync(connection, options.TenantId, readAlongside: vouched, cancellationToken);
        if (!vouched)
        {
            try
            {
                await pinned;
            }
            catch (TenantException e)
            {
                return (null, e.Diagnostic);
            }
        }
        return (new GraphTenant(connection, claims, options.TenantId, pinned), null);
    }

    private static async Task<LiveOrganization> PinAsync(GraphConnection connection, string tenantId, bool readAlongside, CancellationToken cancellationToken)
    {
        LiveOrganization organization;
        try
        {
            organization = await new OrganizationReader(connection.Client, connection.Caller()).ReadAsync(cancellationToken);
        }
        catch (GraphCallException e)
        {
            throw new TenantException(FailureDiagnostics.For(e, GraphOperation.ReadOrganization, tenantId));
        }
        return SameTenant(organization.TenantId, tenantId)
            ? organization
            : throw new TenantException(TenantDiagnostics.TenantMismatch(tenantId, organization.TenantId, "GET /organization", readAlongside));
    }

    /// <summary>Write permissions the actions need that the token's <c>roles</c> lack; empty when the token has no readable roles.</summary>
    public IReadOnlyList<string> MissingPermissions(IEnumerable<PlannedAction> actions) =>
        Claims is { Roles.Count: > 0 } claims ? RequiredPermissions.Missing(actions, claims.Roles) : [];

    public async Task<IReadOnlyList<LiveUser>> FindUsersByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await Pinned;
        return await Step(GraphOperation.ReadGuests, ct => new UserLookup(_connection.Client, _caller).ByIdAsync(ids, ct), cancellationToken);
    }

    public Task<LiveSnapshot> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        _readAhead.Remember(request);
        return ReadNowAsync(request, cancellationToken);
    }

    /// <summary>Served from the read made to settle created policies when it still shows the tenant (see <see cref="ReadAhead"/>).</summary>
    public async Task<LiveSnapshot> ReadAfterWritesAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        if (_readAhead.Take(request) is { } early)
        {
            try
            {
                return await early;
            }
            catch (TenantException)
            {
                // Read again: if the tenant still cannot be read, that failure is the one to report.
            }
        }
        _readAhead.Remember(request);
        return await ReadNowAsync(request, cancellationToken);
    }

    private async Task<LiveSnapshot> ReadNowAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        var graph = _connection.Client;
        var guests = Step(GraphOperation.ReadGuests, ct => new GuestReader(graph, _caller, _tenantId).ReadAsync(request, ct), cancellationToken);
        var deleted = Step(GraphOperation.ReadGuests, ct => new DeletedUserReader(graph, _caller).ReadAsync(request.Emails, ct), cancellationToken);
        var policies = Step(GraphOperation.ReadPolicies, _policies.ReadAsync, cancellationToken);
        var defaults = Step(GraphOperation.ReadCrossTenant, _crossTenant.ReadDefaultAsync, cancellationToken);
        // Every partner, in declared scope too: an undeclared one that trusts MFA weakens the stack's guests, and a
        // tenant holds at most a few thousand, read in pages. Only the names stay limited to what the report shows.
        var partners = Step(GraphOperation.ReadCrossTenant, _crossTenant.ReadPartnersAsync, cancellationToken);
        // Partner names are looked up while the guests are still streaming.
        var names = NamesAsync(partners, request.NamedPartners, cancellationToken);
        var homeTenants = new OrganizationReader(graph, _caller).ReadHomeTenantsAsync(request.GuestDomains, cancellationToken);
        // A tenant that is not confirmed is the failure to report, whatever the reads made of its answers.
        var organization = await Pinned;
        await Task.WhenAll(guests, deleted, policies, defaults, partners, names, homeTenants);

        var partnerList = (await partners).Partners;
        return new LiveSnapshot
        {
            // Read once, when the tenant was pinned: a snapshot needs its id and name, not a second request.
            Organization = organization,
            Users = (await guests).Users,
            GuestCount = (await guests).GuestCount,
            DeletedUsers = await deleted,
            ConditionalAccessPolicies = (await policies).Policies,
            CrossTenantDefault = (await defaults).Default,
            Partners = partnerList,
            TenantNames = await names,
            HomeTenants = await homeTenants,
            GuestCache = (await guests).Cache,
            Scope = request.Scope,
            Diagnostics = [.. (await policies).Warnings, .. (await defaults).Warnings, .. (await partners).Warnings],
        };
    }

    /// <summary>
    /// How the tenant itself judges a sign-in (Graph's What If API, read-only, <c>Policy.Read.ConditionalAccess</c>).
    /// Never throws for a Graph failure: a tenant without the API answers "not available", other failures carry a diagnostic.
    /// A tenant that was never confirmed (see <see cref="Pinned"/>) throws its <see cref="TenantException"/>, as every read does.
    /// </summary>
    public async Task<ServiceVerdict> EvaluateAsync(SignIn signIn, CancellationToken cancellationToken)
    {
        await Pinned;
        return await new SignInEvaluation(_connection.Client, _caller).EvaluateAsync(signIn, cancellationToken);
    }

    /// <summary>
    /// The groups (transitively) and directory roles that hold a user, for the What If's group and role conditions.
    /// Never throws for a Graph failure: a 403 is a refusal naming the permissions that would answer, others carry a diagnostic.
    /// </summary>
    public async Task<MembershipRead> ReadMembershipsAsync(string userId, CancellationToken cancellationToken)
    {
        await Pinned;
        return await new MembershipReader(_connection.Client, _caller).ReadAsync(userId, cancellationToken);
    }

    /// <summary>The sign-in log (see <see cref="Evidence.SignInLogReader"/>); never throws for a Graph failure.</summary>
    public async Task<SignInLogRead> ReadSignInsAsync(SignInLogRequest request, Model.Evidence.ISignInSink sink, CancellationToken cancellationToken)
    {
        await Pinned;
        return await new Evidence.SignInLogReader(_connection.Client, _caller).ReadAsync(request, sink, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> HomeTenantsAsync(IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        await Pinned;
        return await new OrganizationReader(_connection.Client, _caller).ReadHomeTenantsAsync(domains, cancellationToken);
    }

    public async Task<ActionOutcome> ApplyAsync(PlannedAction action, CancellationToken cancellationToken)
    {
        await Pinned;
        using var writing = _readAhead.Writing();
        return await ApplyAsync(action, mayHaveCommitted: false, cancellationToken);
    }

    /// <summary>
    /// Batched writes (see <see cref="BatchWriter"/>); never throws for a Graph failure. Batches sent while another
    /// is in flight share its <see cref="BatchSlots"/>. Created policies are settled against a listing made after the
    /// writes: the whole read the engine makes next, started once no write is in flight (see <see cref="ReadAhead"/>).
    /// </summary>
    public async Task<IReadOnlyList<ActionOutcome>> ApplyBatchAsync(IReadOnlyList<PlannedAction> actions, CancellationToken cancellationToken)
    {
        await Pinned;
        IReadOnlyList<ActionOutcome> outcomes;
        using (_readAhead.Writing())
        {
            outcomes = await new BatchWriter(_connection.Client, _caller, _batchSlots, (action, mayHaveCommitted, ct) => ApplyAsync(action, mayHaveCommitted, ct))
                .ApplyAsync(actions, cancellationToken);
        }
        if (!outcomes.Any(o => o is { Succeeded: true, Action: CreatePolicy }))
        {
            return outcomes;
        }
        var early = await _readAhead.StartAsync(request => ReadNowAsync(request, cancellationToken));
        var (settled, wrote) = await new PolicyWriter(_connection.Client, _caller, _policies).SettleConcurrentCreatesAsync(outcomes, PoliciesNow(early), cancellationToken);
        if (wrote)
        {
            _readAhead.Forget();
        }
        return settled;
    }

    /// <summary>The policies as the early snapshot lists them, or as a listing of their own when there is none to use.</summary>
    private Func<CancellationToken, Task<IReadOnlyList<LivePolicy>>> PoliciesNow(Task<LiveSnapshot>? early) => async cancellationToken =>
    {
        if (early is not null)
        {
            try
            {
                return (await early).ConditionalAccessPolicies;
            }
            catch (TenantException)
            {
                // The policies alone may still be readable; if not, settling reports it as before.
            }
        }
        return (await _policies.ReadAsync(cancellationToken)).Policies;
    };

    private Task<ActionOutcome> ApplyAsync(PlannedAction action, bool mayHaveCommitted, CancellationToken cancellationToken)
    {
        var graph = _connection.Client;
        var guests = new GuestWriter(graph, _caller);
        var policies = new PolicyWriter(graph, _caller, _policies);
        var crossTenant = new CrossTenantWriter(graph, _caller, _crossTenant);
        return action switch
        {
            InviteGuest invite => guests.InviteAsync(invite, cancellationToken, mayHaveCommitted),
            UpdateGuest update => guests.UpdateAsync(update, cancellationToken),
            DeleteGuest delete => guests.DeleteAsync(delete, cancellationToken, mayHaveCommitted),
            RestoreGuest restore => guests.RestoreAsync(restore, cancellationToken),
            CreatePolicy create => policies.CreateAsync(create, cancellationToken, mayHaveCommitted),
            UpdatePolicy update => policies.UpdateAsync(update, cancellationToken),
            DeletePolicy delete => policies.DeleteAsync(delete, cancellationToken, mayHaveCommitted),
            UpdateCrossTenantDefault update => crossTenant.UpdateDefaultAsync(update, cancellationToken),
            ResetCrossTenantDefault reset => crossTenant.ResetDefaultAsync(reset, cancellationToken),
            CreatePartner create => crossTenant.CreatePartnerAsync(create, cancellationToken, mayHaveCommitted),
            UpdatePartner update => crossTenant.UpdatePartnerAsync(update, cancellationToken),
            DeletePartner delete => crossTenant.DeletePartnerAsync(delete, cancellationToken, mayHaveCommitted),
            _ => throw new ArgumentException($"No handler for {action.GetType().Name}.", nameof(action)),
        };
    }

    /// <summary>
    /// Names of the partners that exist. When the stack names its partners, their names are looked up while the
    /// partners are still being read (one round trip fewer) and kept only for partners that turn out to exist.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(Task<(IReadOnlyList<LivePartner> Partners, IReadOnlyList<Diagnostic> Warnings)> partners,
        IReadOnlyCollection<string>? named, CancellationToken cancellationToken)
    {
        var reader = new OrganizationReader(_connection.Client, _caller);
        if (named is null)
        {
            return await reader.ReadTenantNamesAsync((await partners).Partners.Select(p => p.TenantId), cancellationToken);
        }
        var names = await reader.ReadTenantNamesAsync(named, cancellationToken);
        var existing = (await partners).Partners.Select(p => p.TenantId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Where(n => existing.Contains(n.Key)).ToDictionary();
    }

    /// <summary>One concurrent read; its failure becomes the snapshot's single diagnostic.</summary>
    private static async Task<T> Step<T>(GraphOperation operation, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken);
        }
        catch (GraphCallException e)
        {
            throw new TenantException(FailureDiagnostics.For(e, operation, "snapshot"));
        }
    }

    private static bool SameTenant(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
