using Reconciler.Emulator.Hosting;

namespace Reconciler.Emulator;

/// <summary>
/// A local Entra tenant speaking Microsoft Graph v1.0 over loopback HTTP ("Azurite for Entra B2B").
/// Point the real Microsoft.Graph SDK at <see cref="BaseUrl"/> with a token from <see cref="CreateToken(string[])"/>.
/// </summary>
public sealed class LocalTenant : IAsyncDisposable
{
    private readonly KestrelHost _host;
    private bool _stopped;

    private LocalTenant(KestrelHost host, TenantStore store, FaultInjector faults, RequestLog requests)
    {
        _host = host;
        Store = store;
        Faults = faults;
        Requests = requests;
        BaseUrl = new Uri(host.Address.GetLeftPart(UriPartial.Authority) + "/v1.0");
    }

    /// <summary>Every application role any route accepts: a token with these can do everything.</summary>
    public static IReadOnlyList<string> AllRoles => Auth.Permissions.All;

    /// <summary>e.g. http://127.0.0.1:54321/v1.0 (no trailing slash).</summary>
    public Uri BaseUrl { get; }
    /// <summary>Every address the server listens on, as checked after start: exactly one, on loopback.</summary>
    internal IReadOnlyList<Uri> ListeningOn => _host.Bound;

    public string TenantId => Store.TenantId;
    public FaultInjector Faults { get; }
    public RequestLog Requests { get; }
    public TenantStore Store { get; }

    /// <summary>What the seed carried that the tenant took but did not keep (beta-only properties); empty without a seed.</summary>
    public IReadOnlyList<Store.SeedNote> SeedNotes { get; private init; } = [];

    public static async Task<LocalTenant> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        var store = new TenantStore(options.TenantId, options.TenantDisplayName, options.InitialDomain);
        try
        {
            var notes = OpenStore(store, options);
            var faults = new FaultInjector();
            if (!string.IsNullOrWhiteSpace(options.Faults))
            {
                faults.Add(options.Faults);
            }
            var requests = new RequestLog();
            LocalTenant? tenant = null;
            var routes = RouteCatalog.Build();
            var pipeline = new RequestPipeline(routes, store, faults, requests, () => tenant!.BaseUrl.ToString().TrimEnd('/'));
            var host = await KestrelHost.StartAsync(options.Port, () => pipeline, ct);
            tenant = new LocalTenant(host, store, faults, requests) { SeedNotes = notes };
            return tenant;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static IReadOnlyList<Store.SeedNote> OpenStore(TenantStore store, EmulatorOptions options)
    {
        if (options.DataDirectory is { } directory)
        {
            var journal = Reconciler.Emulator.Store.Journal.Open(directory, out var entries);
            store.AttachJournal(journal, entries);
        }
        if (options.SeedFile is { } seed && store.IsEmpty)
        {
            var notes = Reconciler.Emulator.Store.SeedFile.Apply(store, seed);
            // Persist the seeded state compactly rather than as thousands of journal lines.
            store.Compact();
            return notes;
        }
        return [];
    }

    public string CreateToken(params string[] roles) => DevelopmentToken.Create(TenantId, roles);

    /// <summary>
    /// Token for another (or this) tenant. C# binds <c>CreateToken("User.Read.All")</c> to this overload, so a first
    /// argument that is not a GUID is treated as a role of this tenant rather than as a tenant id.
    /// </summary>
    public string CreateToken(string tenantId, params string[] roles) => Guid.TryParse(tenantId, out _)
        ? DevelopmentToken.Create(tenantId, roles)
        : DevelopmentToken.Create(TenantId, [tenantId, .. roles]);

    /// <summary>Stops serving, writes a compact snapshot (when persistent) and releases the data directory.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await _host.DisposeAsync();
        Store.Compact();
        Store.Dispose();
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
