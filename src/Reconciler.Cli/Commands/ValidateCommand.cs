using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Core.DesiredState.Loading;

namespace Reconciler.Cli.Commands;

public sealed record ValidateArguments(string Directory, string? Stack, OutputFormat Output = OutputFormat.Text);

/// <summary>`reconciler validate`: load and check the stack, no network. 0 valid (warnings allowed), 1 invalid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", "Check Pulumi.yaml and the stack file; print every problem with its line and column.");
        command.SetAction(parseResult =>
        {
            var arguments = new ValidateArguments(context.ProjectDirectory(parseResult), parseResult.GetValue(context.Options.Stack), parseResult.GetValue(context.Options.Output));
            context.Logger(parseResult).Debug("Validating {Directory} (stack {Stack})", arguments.Directory, arguments.Stack ?? "default");
            return Run(arguments, context.Io.Out, context.Io.Error);
        });
        return command;
    }

    public static int Run(ValidateArguments arguments, TextWriter output, TextWriter errors)
    {
        var result = StackLoader.Load(arguments.Directory, arguments.Stack);
        if (arguments.Output == OutputFormat.Json)
        {
            // JSON alone on stdout, for pipelines to parse; the diagnostics also on stderr, for the log.
            DiagnosticWriter.Write(errors, result.Diagnostics);
            output.Write(ValidationJson.Render(result));
            return result.IsValid ? ExitCodes.Success : ExitCodes.Error;
        }

        DiagnosticWriter.Write(output, result.Diagnostics);
        output.WriteLine(ValidationSummary.Describe(result));
        return result.IsValid ? ExitCodes.Success : ExitCodes.Error;
    }
}
