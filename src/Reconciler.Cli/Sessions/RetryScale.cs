using System.Globalization;
using Reconciler.Graph.Connection;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// <c>RECONCILER_RETRY_SCALE</c> multiplies every wait between retries (backoff and Retry-After), so fault tests
/// against the local tenant run in seconds. Unset, unreadable or out of 0..1 means real waits: it can only shorten them.
/// </summary>
internal static class RetryScale
{
    public const string Variable = "RECONCILER_RETRY_SCALE";

    public static RetryPolicy Policy(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || scale is < 0 or >= 1)
        {
            return RetryPolicy.Default;
        }
        return RetryPolicy.Default with { Wait = (delay, ct) => Task.Delay(delay * scale, ct) };
    }
}
