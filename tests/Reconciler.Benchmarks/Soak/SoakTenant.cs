using Reconciler.Emulator;
using Reconciler.Testing.Invariants;
using Reconciler.Testing.Stacks;

namespace Reconciler.Benchmarks.Soak;

/// <summary>
/// A local tenant in this process holding the break-glass account the generated stacks exclude and three hand-made
/// objects no stack declares, which must stay byte-identical whatever the runs do.
/// </summary>
internal sealed class SoakTenant : IAsyncDisposable
{
    private SoakTenant(LocalTenant tenant)
    {
        Tenant = tenant;
        tenant.Store.AddMember(StackGenerator.BreakGlass, "Break Glass");
        Unmanaged = UnmanagedObjects.Seed(tenant.Store);
    }

    public LocalTenant Tenant { get; }

    public UnmanagedObjects Unmanaged { get; }

    public FaultInjector Faults => Tenant.Faults;

    public static async Task<SoakTenant> StartAsync() => new(await LocalTenant.StartAsync(new EmulatorOptions()));

    /// <summary>Every invariant broken right now: duplicated keys and changed unmanaged objects.</summary>
    public IReadOnlyList<string> Violations() =>
        [.. TenantInvariants.Duplicates(Tenant.Store), .. Unmanaged.Changes() is { } changes ? [changes] : Array.Empty<string>()];

    public ValueTask DisposeAsync() => Tenant.DisposeAsync();
}
