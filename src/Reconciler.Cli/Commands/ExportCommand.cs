using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Schema;
using Reconciler.Cli.Sessions;
using Reconciler.Loading.Export;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Reconciler.Reporting;

namespace Reconciler.Cli.Commands;

public sealed record ExportArguments(StackTarget Target, ReportOutput Output, string? TenantId = null);

/// <summary>
/// `reconciler export`: write the live tenant's guests, policies and cross-tenant settings as a stack file, so a team
/// can adopt a tenant as it is. With --tenant-id and no stack yet it creates Pulumi.yaml and the stack file; with a
/// stack it writes to --out or stdout and never overwrites the stack. Export, then drift, is in sync. 0 written, 1 error.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var tenantId = new Option<string?>("--tenant-id")
        {
            Description = "The tenant to adopt when there is no stack yet: creates Pulumi.yaml (if missing) and Pulumi.<stack>.yaml (stack dev unless --stack says).",
        };
        var command = new Command("export", "Write the live tenant as a stack file: a new stack with --tenant-id, else to --out FILE or stdout.") { tenantId, shared.ResetLocal };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new ExportArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                context.ReportOutput(parseResult),
                parseResult.GetValue(tenantId));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ExportArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // A stack file is YAML; `--output text` (the default) is that YAML.
        if (arguments.Output.Unsupported("export", ReportFormat.Text) is { } unsupported)
        {
            DiagnosticWriter.Write(context.Io, [unsupported]);
            return ExitCodes.Error;
        }

        var adoption = Adoption.For(arguments.Target, arguments.TenantId);
        if (adoption.Problem is { } problem)
        {
            DiagnosticWriter.Write(context.Io, [problem]);
            return ExitCodes.Error;
        }

        // The stack (existing, or the one being created) says which tenant to read and how to reach it; its declarations are not used.
        var desired = adoption.Desired ?? StackSession.LoadOrReport(arguments.Target.Directory, arguments.Target.Stack, context.Io);
        if (desired is null)
        {
            return ExitCodes.Error;
        }

        await using var session = await StackSession.ConnectAsync(desired, arguments.Target.Directory, arguments.Target.GraphUrl, context, parseResult, cancellationToken, arguments.Target.ResetLocal);
        var live = session is null ? null : await session.ReadAsync(new SnapshotRequest([], ReadScope.Full, UnmanagedGuestSample: int.MaxValue), cancellationToken);
        if (session is null || live is null)
        {
            return ExitCodes.Error;
        }

        // Members a policy names (break-glass accounts) are not among the guests read: look them up, to write their emails.
        live = live with { Users = [.. live.Users, .. await session.Tenant.FindUsersByIdAsync(StackExporter.UnnamedUserReferences(live), cancellationToken)] };
        var exported = ExportCheck.Export(live, new ExportOptions(desired.ProjectName, adoption.GraphUrl ?? desired.GraphUrl, SchemaHint: SchemaHint(arguments, adoption)));
        DiagnosticWriter.Write(context.Io, exported.LeftOut.Select(l => l.Reason with
        {
            Severity = DiagnosticSeverity.Warning,
            Message = $"Left out of the export: {l.Object}: {l.Reason.Code} {l.Reason.Message}",
        }));

        if (arguments.Output.OutFile is null && adoption.Desired is not null)
        {
            await adoption.CreateAsync(exported.Yaml, cancellationToken);
            await context.Io.Out.WriteLineAsync(adoption.Describe(live));
        }
        else
        {
            await ReportWriter.WriteAsync(exported.Yaml, arguments.Output.OutFile, context.Io, cancellationToken);
        }

        session.Logger.Information("Exported {Guests} guest(s), {Policies} policy(ies), {Partners} partner(s)", live.Users.Count(u => u.IsGuest), live.ConditionalAccessPolicies.Count, live.Partners.Count);
        return ExitCodes.Success;
    }

    /// <summary>The editor hint, only where the schema is (or, for a new stack, will be: the adoption writes a copy).</summary>
    private static string? SchemaHint(ExportArguments arguments, Adoption adoption) =>
        StackSchema.HintFor(arguments.Target.Directory)
        ?? (adoption.Desired is not null && arguments.Output.OutFile is null ? StackSchema.FileName : null);
}
