using System.CommandLine;
using Reconciler.Cli.Evidence;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Evidence;

namespace Reconciler.Cli.Commands;

public sealed record EvidenceArguments(StackTarget Target, ReportOutput Output, bool Redact, ReadScope Scope, int Days, string? Commit = null);

/// <summary>
/// `reconciler evidence`: the guest sign-ins of the last days replayed against the plan, with the report-only results
/// of the policies it enables. 0 evaluated, 1 error (the sign-in log could not be read among them: there is nothing to show).
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create(CommandContext context)
    {
        var shared = new TenantCommandOptions();
        var days = EvidenceDays.Option("--days", $"How many days of sign-ins to read, 1-30 (default {EvidenceGathering.DefaultDays}).");
        var command = new Command("evidence", "Replay the tenant's guest sign-ins of the last days against the change the stack makes, and summarise report-only results.") { days, shared.Commit };
        foreach (var option in shared.Reading)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var asked = parseResult.GetValue(days);
            if (EvidenceDays.Check("--days", asked) is { } invalid)
            {
                DiagnosticWriter.Write(context.Io, [invalid]);
                return ExitCodes.Error;
            }

            var arguments = new EvidenceArguments(
                StackTarget.From(context, parseResult, parseResult.GetValue(shared.ResetLocal)),
                context.ReportOutput(parseResult),
                parseResult.GetValue(shared.Redact),
                parseResult.GetValue(shared.Scope),
                asked ?? EvidenceGathering.DefaultDays,
                parseResult.GetValue(shared.Commit));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(EvidenceArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var session = await StackSession.OpenAsync(arguments.Target, context, parseResult, cancellationToken);
        var live = session is null ? null : await session.ReadAsync(session.Desired, cancellationToken, arguments.Scope);
        if (session is null || live is null)
        {
            return ExitCodes.Error;
        }

        var readAt = DateTimeOffset.UtcNow;
        var desired = session.Desired;
        var plan = Planner.Plan(desired, live, PlanOptions.Default);
        var evidence = await EvidenceGathering.GatherAsync(session.Tenant, desired, live, plan.Actions, arguments.Days, arguments.Scope, readAt, cancellationToken);
        if (evidence.Failure is { } failure)
        {
            DiagnosticWriter.Write(context.Io, [failure with { Severity = DiagnosticSeverity.Error }]);
            return ExitCodes.Error;
        }

        var header = new ReportHeader(desired.StackName, desired.TenantId, live.Organization.DisplayName, arguments.Scope);
        var report = new EvidenceCommandReport(
            header with { Commit = Commit(arguments.Commit, context.Io), ReadAt = readAt },
            plan.Summary,
            evidence.Report,
            [.. evidence.Findings.Select(d => new SafetyRow(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, null, false, d.IsError))],
            [.. plan.Diagnostics.Where(d => d.IsError).Concat(evidence.Notes).Select(ReportBuilder.Row)]);
        if (arguments.Redact)
        {
            var redactor = await RedactionKey.RedactorAsync(arguments.Target.Directory, context.Io.Environment, cancellationToken);
            report = report with
            {
                Evidence = redactor.Redact(report.Evidence),
                Safety = [.. report.Safety.Select(s => s with { Message = redactor.Text(s.Message) })],
                Diagnostics = [.. report.Diagnostics.Select(d => d with { Message = redactor.Text(d.Message) })],
            };
        }

        await ReportPublisher.PublishAsync(renderer => EvidenceReportRenderer.Render(report, FormatOf(renderer)), arguments.Output, context.Io, cancellationToken);
        session.Logger.Information("Evidence for stack {Stack}: {SignIns} sign-ins read in {Requests} requests", desired.StackName, evidence.Report.SignInsRead, evidence.Report.Requests);
        return ExitCodes.Success;
    }

    /// <summary>The format a renderer writes: evidence has a report of its own, written in the format each output asks for.</summary>
    private static ReportFormat FormatOf(IReportRenderer renderer) => renderer switch
    {
        JsonRenderer => ReportFormat.Json,
        MarkdownRenderer => ReportFormat.Markdown,
        Reconciler.Reporting.Html.HtmlRenderer => ReportFormat.Html,
        _ => ReportFormat.Text,
    };

    private static string? Commit(string? commit, CliIo io) =>
        commit is { Length: > 0 } ? commit : io.Environment(ReportProvenance.CommitVariable) is { Length: > 0 } sha ? sha : null;
}
