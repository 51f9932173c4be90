using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Emulator;
using Reconciler.Emulator.Store;
using Reconciler.Model.Diagnostics;
using Reconciler.Reporting;

namespace Reconciler.Cli.Commands;

public sealed record EmulatorArguments(int Port, string? TenantId, string? DataDirectory, string? SeedFile, string? Faults, ReportOutput Output);

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
                parseResult.GetValue(faults),
                context.ReportOutput(parseResult));
            return await RunAsync(arguments, context.Io, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(EmulatorArguments arguments, CliIo io, CancellationToken cancellationToken)
    {
        if (Problem(arguments) is { } problem)
        {
            await io.Error.WriteLineAsync(problem.ToString());
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

        var (tenant, failure) = await StartAsync(options, arguments, cancellationToken);
        if (tenant is null)
        {
            await io.Error.WriteLineAsync(failure!.ToString());
            return ExitCodes.Error;
        }

        await using var running = tenant;
        foreach (var note in tenant.SeedNotes)
        {
            await io.Error.WriteLineAsync(CommandLineDiagnostics.SeedBetaOnly(arguments.SeedFile ?? "", note.Place, note.ObjectName, note.Properties).ToString());
        }
        await ReportWriter.WriteAsync(Describe(tenant, arguments.Output.Format), arguments.Output.OutFile, io, cancellationToken);
        await io.Out.FlushAsync(cancellationToken);
        // Not part of the connection details, so a script reading stdout (or --output json) gets only those.
        await io.Error.WriteLineAsync("Press Ctrl+C to stop.");

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

    /// <summary>Where the tenant listens and a token for it: the lines a person copies, or a JSON object a script reads.</summary>
    private static string Describe(LocalTenant tenant, ReportFormat format)
    {
        var token = tenant.CreateToken([.. LocalTenant.AllRoles]);
        return format == ReportFormat.Json
            ? JsonSerializer.Serialize(new { tenantId = tenant.TenantId, graphUrl = tenant.BaseUrl.ToString(), token }, new JsonSerializerOptions { WriteIndented = true }) + "\n"
            : $"Local tenant {tenant.TenantId} listening on {tenant.BaseUrl}\n"
                + "A development token with every role (send it as 'Authorization: Bearer <token>'):\n"
                + token + "\n";
    }

    /// <summary>What is wrong with the arguments before anything starts: an id, a port, a seed file that is not there, a fault spec.</summary>
    private static Diagnostic? Problem(EmulatorArguments arguments)
    {
        if (arguments.Output.Unsupported("emulator", ReportFormat.Text, ReportFormat.Json) is { } unsupported)
        {
            return unsupported;
        }

        if (arguments.TenantId is not null && !Guid.TryParse(arguments.TenantId, out _))
        {
            return CommandLineDiagnostics.InvalidValue("--tenant-id", arguments.TenantId, "a GUID");
        }

        if (arguments.Port is < 0 or > 65535)
        {
            return CommandLineDiagnostics.InvalidValue("--port", arguments.Port.ToString(CultureInfo.InvariantCulture), "0 (any free port) to 65535");
        }

        if (arguments.SeedFile is { } seed && !File.Exists(seed))
        {
            return CommandLineDiagnostics.FileUnreadable("seed file", seed, "there is no such file");
        }

        if (arguments.Faults is { Length: > 0 } faults && FaultSpecProblem(faults) is { } reason)
        {
            return CommandLineDiagnostics.InvalidValue("--faults", faults, $"clauses like 'METHOD /path=kind[:args]' ({reason})");
        }

        return null;
    }

    private static string? FaultSpecProblem(string faults)
    {
        try
        {
            _ = FaultSpec.Parse(faults);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message.TrimEnd('.');
        }
    }

    /// <summary>Starts the tenant; a port that cannot be bound or a seed it refuses is a diagnostic, not a crash.</summary>
    private static async Task<(LocalTenant? Tenant, Diagnostic? Failure)> StartAsync(EmulatorOptions options, EmulatorArguments arguments, CancellationToken cancellationToken)
    {
        try
        {
            return (await LocalTenant.StartAsync(options, cancellationToken), null);
        }
        catch (InvalidSeedException e)
        {
            return (null, Local.SeedRefusalDiagnostic.For(arguments.SeedFile ?? "", e));
        }
        catch (IOException e) when (e.InnerException is not null || e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase))
        {
            return (null, CommandLineDiagnostics.PortUnavailable(arguments.Port, "the port is in use or may not be opened"));
        }
    }

    private static string? ResolveOptional(CommandContext context, string? path) => path is null ? null : context.Io.ResolvePath(path);
}
