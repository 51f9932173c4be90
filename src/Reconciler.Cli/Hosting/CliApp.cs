using System.CommandLine;
using System.CommandLine.Help;
using Reconciler.Cli.Commands;
using Reconciler.Cli.Output;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Hosting;

/// <summary>The `reconciler` command line: parses, runs one command, and is the one place errors become exit codes.</summary>
public sealed class CliApp(CliIo io)
{
    private readonly GlobalOptions _options = new();

    /// <param name="cancellationToken">Stops the command as Ctrl+C would (tests stop a running emulator with it).</param>
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand();
        // The signals are ours (see Interrupts), not System.CommandLine's, which would end the process after 2 s.
        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        using var interrupts = Interrupts.Create(io.ListensForSignals);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupts.Token, cancellationToken);
        int exitCode;
        try
        {
            var parsed = root.Parse(args);
            var problems = GlobalOptions.EnvironmentProblems(io.Environment).Concat(parsed.Action is HelpAction ? [] : ParseErrors.Of(parsed)).ToList();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await io.Error.WriteLineAsync(problem.ToString());
                }

                return ExitCodes.Error;
            }

            interrupts.StopAfter(Timeout(parsed));
            exitCode = await parsed.InvokeAsync(configuration, stop.Token);
            if (exitCode == ExitCodes.Error)
            {
                await FailureReport.WriteAsync(parsed, new CommandContext(io, _options), stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException && (interrupts.Signal is not null || interrupts.TimedOut))
        {
            exitCode = ExitCodes.Error;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await io.Error.WriteLineAsync(OneLine(e));
            return ExitCodes.Error;
        }

        if (interrupts.Signal is { } signal)
        {
            await io.Error.WriteLineAsync(EngineDiagnostics.Interrupted(signal.ToString()).ToString());
            return interrupts.ExitCode;
        }

        if (interrupts.TimedOut)
        {
            await io.Error.WriteLineAsync(EngineDiagnostics.RunTimedOut(Timeout(root.Parse(args))).ToString());
            return ExitCodes.Error;
        }

        return exitCode;
    }

    /// <summary>The whole command tree, as `reconciler` parses it; tests parse workflow lines against it.</summary>
    internal RootCommand BuildRootCommand()
    {
        var options = _options;
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

    private TimeSpan Timeout(ParseResult parsed) => parsed.Errors.Count == 0 ? parsed.GetValue(_options.Timeout) : RunTimeout.Default;

    /// <summary>A domain failure as the line a person acts on; never a stack trace.</summary>
    private static string OneLine(Exception e) => e switch
    {
        DiagnosticException d => d.Diagnostic.ToString(),
        IOException or UnauthorizedAccessException => $"error: {e.Message}",
        _ => $"error: {e.GetType().Name}: {e.Message}",
    };
}
