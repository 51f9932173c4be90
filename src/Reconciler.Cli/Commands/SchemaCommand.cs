using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Schema;
using Reconciler.Cli.Sessions;

namespace Reconciler.Cli.Commands;

/// <summary>
/// `reconciler schema`: print the stack file's JSON Schema (or write it to --out), the one the installed tool checks
/// stacks with, for editors (<c># yaml-language-server: $schema=stack.schema.json</c>) and other linters. 0, 1.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("schema", "Print the JSON Schema of the stack file (Pulumi.<stack>.yaml), for editors: reconciler schema --out stack.schema.json.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = context.ReportOutput(parseResult);
            await ReportWriter.WriteAsync(StackSchema.Text, output.OutFile, context.Io, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
