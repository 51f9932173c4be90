using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// An unreachable Graph (B2B3007) said with the URL that did not answer, and for a loopback URL the two ways to
/// have a local tenant there; the Graph client knows the operation, only the CLI knows how the user got the URL.
/// </summary>
internal static class ConnectionHint
{
    public static Diagnostic Explain(Diagnostic failure, string graphUrl)
    {
        if (failure.Code != "B2B3007")
        {
            return failure;
        }

        var hint = Uri.TryCreate(graphUrl, UriKind.Absolute, out var uri) && uri.IsLoopback
            ? $" Nothing answers at {graphUrl}: start a local tenant there with 'reconciler emulator --port {uri.Port}', or set 'b2b:graphUrl: local' to run one in-process."
            : $" No answer from {graphUrl}: check the network, any proxy, and graphUrl.";
        return failure with { Message = failure.Message.TrimEnd() + hint };
    }
}
