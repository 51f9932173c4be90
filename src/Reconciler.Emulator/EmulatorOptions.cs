namespace Reconciler.Emulator;

/// <summary>How a <see cref="LocalTenant"/> starts: identity of the tenant, port, persistence, seed and faults.</summary>
public sealed record EmulatorOptions
{
    public const string DefaultTenantId = "0f4e6c1a-0000-4000-8000-000000000001";

    public string TenantId { get; init; } = DefaultTenantId;
    public string TenantDisplayName { get; init; } = "Contoso (local)";
    public string InitialDomain { get; init; } = "contoso.onmicrosoft.com";

    /// <summary>0 picks a free loopback port.</summary>
    public int Port { get; init; }

    /// <summary>null keeps everything in memory; otherwise the store is journaled there and survives restarts.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Graph-JSON seed applied only when the store is new or empty.</summary>
    public string? SeedFile { get; init; }

    /// <summary>Fault spec in the grammar documented in docs/emulator.md (same as <c>--faults</c>).</summary>
    public string? Faults { get; init; }
}
