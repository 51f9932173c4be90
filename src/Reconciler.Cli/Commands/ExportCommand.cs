using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Sessions;
using Reconciler.Core.Export;
using Reconciler.Core.Live;
using Reconciler.Core.Tenant;

namespace Reconciler.Cli.Commands;

public sealed record ExportArguments(StackTarget Target, string? OutFile);

/// <summary>
/// `reconciler export`: write the live tenant's guests, policies and cross-tenant settings as a stack file, so a team
/// can adopt a tenant as it is. Export, then drift against the same tenant, is in sync. 0 written, 1 error.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var command = new Command("export", "Write the live tenant as a stack file (to --out FILE or stdout).") { shared.ResetLocal };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new ExportArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                context.Options.LastOutFile(parseResult));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ExportArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // The existing stack says which tenant to read and how to reach it; its declarations are not used.
        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        if (session is null)
        {
            return ExitCodes.Error;
        }

        var desired = session.Desired;
        var live = await session.ReadAsync(new SnapshotRequest([], ReadScope.Full, UnmanagedGuestSample: int.MaxValue), cancellationToken);
        if (live is null)
        {
            return ExitCodes.Error;
        }

        var yaml = StackExporter.Export(live, new ExportOptions(desired.ProjectName, desired.GraphUrl, SchemaHint: "docs/schema/stack.schema.json"));
        await ReportWriter.WriteAsync(yaml, arguments.OutFile, context.Io, cancellationToken);
        session.Logger.Information("Exported {Guests} guest(s), {Policies} policy(ies), {Partners} partner(s)", live.Users.Count(u => u.IsGuest), live.ConditionalAccessPolicies.Count, live.Partners.Count);
        return ExitCodes.Success;
    }
}
