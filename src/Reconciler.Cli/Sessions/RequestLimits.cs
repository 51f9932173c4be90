using System.Globalization;
using Reconciler.Graph.Transport;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// <c>RECONCILER_REQUEST_TIMEOUT</c> (seconds) shortens the per-request deadline, so tests prove a hang in seconds.
/// Unset, unreadable or not shorter than the default means the default: it can only shorten it.
/// </summary>
internal static class RequestLimits
{
    public const string Variable = "RECONCILER_REQUEST_TIMEOUT";

    public static TransportLimits From(Func<string, string?> environment)
    {
        var defaults = TransportLimits.Default;
        if (!double.TryParse(environment(Variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= 0 || TimeSpan.FromSeconds(seconds) >= defaults.RequestTimeout)
        {
            return defaults;
        }
        return defaults with { RequestTimeout = TimeSpan.FromSeconds(seconds) };
    }
}
