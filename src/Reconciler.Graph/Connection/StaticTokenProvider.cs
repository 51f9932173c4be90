using Microsoft.Kiota.Abstractions.Authentication;

namespace Reconciler.Graph.Connection;

/// <summary>
/// Hands the SDK a fixed development token for a loopback tenant. The SDK's Azure.Identity provider
/// refuses to send tokens to hosts other than Graph's, so the local tenant needs this instead.
/// </summary>
internal sealed class StaticTokenProvider(string token, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
