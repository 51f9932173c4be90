using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Loading;
using Reconciler.Reporting;
using Reconciler.Reporting.Validation;

namespace Reconciler.Cli.Commands;

public sealed record ValidateArguments(string Directory, string? Stack, ReportOutput Output, string? GraphUrl = null, string? AllowGraphUrl = null);

/// <summary>`reconciler validate`: load and check the stack, no network. 0 valid (warnings allowed), 1 invalid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", "Check Pulumi.yaml and the stack file; print every problem with its line and column.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = new ValidateArguments(
                context.ProjectDirectory(parseResult), context.Stack(parseResult), context.ReportOutput(parseResult),
                context.GraphUrl(parseResult), parseResult.GetValue(context.Options.AllowGraphUrl));
            context.Logger(parseResult).Debug("Validating {Directory} (stack {Stack})", arguments.Directory, arguments.Stack ?? "default");
            return await RunAsync(arguments, context.Io, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ValidateArguments arguments, CliIo io, CancellationToken cancellationToken)
    {
        if (arguments.Output.Unsupported("validate", ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json) is { } unsupported)
        {
            DiagnosticWriter.Write(io, [unsupported]);
            return ExitCodes.Error;
        }

        var result = GraphUrlCheck.Apply(StackLoader.Load(arguments.Directory, arguments.Stack), arguments.GraphUrl, arguments.AllowGraphUrl);
        await ReportWriter.WriteAsync(ValidationRenderer.Render(ValidationReport.From(result.StackFile, result.IsValid, result.State, result.Diagnostics), arguments.Output.Format), arguments.Output.OutFile, io, cancellationToken);
        return result.IsValid ? ExitCodes.Success : ExitCodes.Error;
    }
}
