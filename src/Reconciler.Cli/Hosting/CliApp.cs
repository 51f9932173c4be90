using System.CommandLine;
using System.CommandLine.Help;
using Reconciler.Cli.Commands;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Cli.Hosting;

/// <summary>The `reconciler` command line: parses, runs one command, and is the one place errors become exit codes.</summary>
public sealed class CliApp(CliIo io)
{
    /// <param name="cancellationToken">Stops the command as Ctrl+C would (tests stop a running emulator with it).</param>
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand();
        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var parseResult = root.Parse(args);
            var problems = GlobalOptions.EnvironmentProblems(io.Environment).Concat(parseResult.Action is HelpAction ? [] : ParseErrors.Of(parseResult)).ToList();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await io.Error.WriteLineAsync(problem.ToString());
                }

                return ExitCodes.Error;
            }

            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await io.Error.WriteLineAsync(OneLine(e));
            return ExitCodes.Error;
        }
    }

    /// <summary>The whole command tree, as `reconciler` parses it; tests parse workflow lines against it.</summary>
    internal RootCommand BuildRootCommand()
    {
        var options = new GlobalOptions();
        var root = new RootCommand("Microsoft Entra ID B2B guest access as desired state.");
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }

        // Bare `reconciler` is a request for help, not an error.
        root.SetAction(parseResult => new HelpAction().Invoke(parseResult));
        var context = new CommandContext(io, options);
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>A domain failure as the line a person acts on; never a stack trace.</summary>
    private static string OneLine(Exception e) => e switch
    {
        DiagnosticException d => d.Diagnostic.ToString(),
        Graph.TenantException t => t.Diagnostic.ToString(),
        IOException or UnauthorizedAccessException => $"error: {e.Message}",
        _ => $"error: {e.GetType().Name}: {e.Message}",
    };
}
