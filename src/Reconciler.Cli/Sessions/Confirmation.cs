using Reconciler.Cli.Hosting;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// Terraform's rule: with <c>--yes</c> nobody is asked; at a terminal the person types <c>yes</c>; anywhere else
/// (a pipeline without --yes) nothing is written, because nobody can answer.
/// </summary>
internal static class Confirmation
{
    public static async Task<bool> AskAsync(string question, bool yes, CliIo io, CancellationToken cancellationToken)
    {
        if (yes)
        {
            return true;
        }

        if (io.IsInputRedirected)
        {
            await io.Error.WriteLineAsync(EngineDiagnostics.Declined(interactive: false).ToString());
            return false;
        }

        await io.Out.WriteAsync($"{question} Only 'yes' will be accepted: ");
        await io.Out.FlushAsync(cancellationToken);
        var answer = await io.In.ReadLineAsync(cancellationToken);
        if (string.Equals(answer?.Trim(), "yes", StringComparison.Ordinal))
        {
            return true;
        }

        await io.Error.WriteLineAsync(EngineDiagnostics.Declined(interactive: true).ToString());
        return false;
    }
}
