using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Emulator;

namespace Reconciler.Cli.Commands;

public sealed record EmulatorArguments(int Port, string? TenantId, string? DataDirectory, string? SeedFile, string? Faults);

/// <summary>`reconciler emulator`: serve the local tenant on loopback until stopped (Ctrl+C).</summary>
internal static class EmulatorCommand
{
    public static Command Create(CommandContext context)
    {
        var port = new Option<int>("--port") { Description = "Loopback port; 0 picks a free one.", DefaultValueFactory = _ => 5055 };
        var tenantId = new Option<string?>("--tenant-id") { Description = "The local tenant's id (a GUID)." };
        var data = new Option<string?>("--data") { Description = "Folder that keeps the tenant across restarts; omit for memory only." };
        var seed = new Option<string?>("--seed") { Description = "Graph-JSON seed file applied when the tenant is new." };
        var faults = new Option<string?>("--faults") { Description = "Fault spec, e.g. \"seed=7; POST /invitations=commitThenFail:x1; *=latency:30\"." };

        var command = new Command("emulator", "Run the local tenant: Microsoft Graph v1.0 for guests, Conditional Access and cross-tenant access, on loopback.")
        {
            port, tenantId, data, seed, faults,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new EmulatorArguments(
                parseResult.GetValue(port),
                parseResult.GetValue(tenantId),
                ResolveOptional(context, parseResult.GetValue(data)),
                ResolveOptional(context, parseResult.GetValue(seed)),
                parseResult.GetValue(faults));
            return await RunAsync(arguments, context.Io, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(EmulatorArguments arguments, CliIo io, CancellationToken cancellationToken)
    {
        if (arguments.TenantId is not null && !Guid.TryParse(arguments.TenantId, out _))
        {
            await io.Error.WriteLineAsync($"error: --tenant-id '{arguments.TenantId}' is not a GUID.");
            return ExitCodes.Error;
        }

        var options = new EmulatorOptions
        {
            Port = arguments.Port,
            DataDirectory = arguments.DataDirectory,
            SeedFile = arguments.SeedFile,
            Faults = arguments.Faults,
        };
        if (arguments.TenantId is not null)
        {
            options = options with { TenantId = arguments.TenantId };
        }

        await using var tenant = await LocalTenant.StartAsync(options, cancellationToken);
        await io.Out.WriteLineAsync($"Local tenant {tenant.TenantId} listening on {tenant.BaseUrl}");
        await io.Out.WriteLineAsync("A development token with every role (send it as 'Authorization: Bearer <token>'):");
        await io.Out.WriteLineAsync(tenant.CreateToken([.. LocalTenant.AllRoles]));
        await io.Out.WriteLineAsync("Press Ctrl+C to stop.");
        await io.Out.FlushAsync(cancellationToken);

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly so the data folder gets its snapshot.
        }

        await tenant.StopAsync();
        return ExitCodes.Success;
    }

    private static string? ResolveOptional(CommandContext context, string? path) => path is null ? null : context.Io.ResolvePath(path);
}
