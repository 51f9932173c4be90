using Reconciler.Model.ConditionalAccess;

namespace Reconciler.PulumiMapping.ConditionalAccess;

/// <summary>
/// Flattens Graph's session control objects into azuread's scalars. azuread has no <c>isEnabled</c>: a setting is on when
/// its value is set, so a declared <c>isEnabled: false</c> maps to leaving the value unset.
/// </summary>
internal static class SessionControlsMapper
{
    public static SessionControlsModel? Map(ConditionalAccessSessionControls? session, PolicyMappingContext context)
    {
        if (session is null)
        {
            return null;
        }

        if (session.SecureSignInSession is not null)
        {
            context.NotExpressible("sessionControls.secureSignInSession");
        }

        var frequency = session.SignInFrequency is { IsEnabled: not false } f ? f : null;
        return new SessionControlsModel
        {
            ApplicationEnforcedRestrictionsEnabled = session.ApplicationEnforcedRestrictions?.IsEnabled,
            CloudAppSecurityPolicy = session.CloudAppSecurity is { IsEnabled: not false } cas ? cas.CloudAppSecurityType : null,
            DisableResilienceDefaults = session.DisableResilienceDefaults,
            PersistentBrowserMode = session.PersistentBrowser is { IsEnabled: not false } pb ? pb.Mode : null,
            SignInFrequency = frequency?.Value,
            SignInFrequencyPeriod = frequency?.Type,
            SignInFrequencyAuthenticationType = frequency?.AuthenticationType,
            SignInFrequencyInterval = frequency?.FrequencyInterval,
        };
    }
}
