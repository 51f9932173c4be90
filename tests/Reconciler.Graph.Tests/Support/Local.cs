using System.Text.Json;
using Reconciler.Emulator;
using Reconciler.Graph.Connection;

namespace Reconciler.Graph.Tests.Support;

/// <summary>Starts a local tenant and connects the real port to it over loopback HTTP.</summary>
internal static class Local
{
    public static readonly string[] ReadOnlyRoles = ["User.Read.All", "Policy.Read.All"];

    public static readonly string[] WriteRoles =
        ["User.ReadWrite.All", "User.Invite.All", "Policy.Read.All", "Policy.ReadWrite.ConditionalAccess", "Policy.ReadWrite.CrossTenantAccess", "Application.Read.All"];

    public static Task<LocalTenant> StartAsync() => LocalTenant.StartAsync(new EmulatorOptions());

    /// <summary>Options with a token the local tenant issued itself (<see cref="LocalTenant.CreateToken(string[])"/>).</summary>
    public static GraphConnectionOptions Options(LocalTenant tenant, string token, RecordedWaits? waits = null) => new()
    {
        TenantId = tenant.TenantId,
        GraphUrl = tenant.BaseUrl.ToString(),
        DevelopmentToken = token,
        DevelopmentTokenIssuedByTenant = true,
        Retry = RetryPolicy.Default with { Wait = (waits ?? new RecordedWaits()).WaitAsync },
    };

    public static async Task<GraphTenant> ConnectAsync(LocalTenant tenant, string[]? roles = null, RecordedWaits? waits = null)
    {
        var (port, failure) = await GraphTenant.ConnectAsync(Options(tenant, tenant.CreateToken(roles ?? WriteRoles), waits), CancellationToken.None);
        Assert.Null(failure);
        return port!;
    }

    /// <summary>Records are compared as JSON: lists inside records compare by reference otherwise.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);
}

/// <summary>Stands in for the retry delay: remembers what would have been waited and returns at once.</summary>
internal sealed class RecordedWaits
{
    private readonly List<TimeSpan> _waits = [];

    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_waits) { return _waits.ToArray(); } }
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_waits) { _waits.Add(delay); }
        return Task.CompletedTask;
    }
}
