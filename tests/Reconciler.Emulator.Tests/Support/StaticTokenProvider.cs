using Microsoft.Kiota.Abstractions.Authentication;

namespace Reconciler.Emulator.Tests.Support;

/// <summary>Hands the SDK a fixed dev token (the TokenCredential path sends nothing to 127.0.0.1).</summary>
internal sealed class StaticTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default) => Task.FromResult(token);
}
