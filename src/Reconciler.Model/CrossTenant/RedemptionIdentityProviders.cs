namespace Reconciler.Model.CrossTenant;

/// <summary>
/// Graph's <c>defaultInvitationRedemptionIdentityProviderConfiguration</c>: identity providers tried in order when a
/// guest redeems (<c>azureActiveDirectory</c>, <c>externalFederation</c>, <c>socialIdentityProviders</c>), and the one
/// used when none of them applies (<c>defaultConfiguredIdp</c>, <c>emailOneTimePasscode</c>, <c>microsoftAccount</c>).
/// </summary>
public sealed record RedemptionIdentityProviders
{
    public IReadOnlyList<string>? PrimaryIdentityProviderPrecedenceOrder { get; init; }

    public string? FallbackIdentityProvider { get; init; }
}
