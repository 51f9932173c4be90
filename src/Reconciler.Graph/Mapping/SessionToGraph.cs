using Microsoft.Graph.Models;
using Ca = Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

internal static class SessionToGraph
{
    public static ConditionalAccessSessionControls Map(Ca.ConditionalAccessSessionControls session)
    {
        var model = new ConditionalAccessSessionControls();
        if (session.ApplicationEnforcedRestrictions is { } a) model.ApplicationEnforcedRestrictions = new ApplicationEnforcedRestrictionsSessionControl { IsEnabled = a.IsEnabled };
        if (session.CloudAppSecurity is { } c) model.CloudAppSecurity = Map(c);
        if (session.SignInFrequency is { } f) model.SignInFrequency = Map(f);
        if (session.PersistentBrowser is { } p) model.PersistentBrowser = Map(p);
        if (session.DisableResilienceDefaults is { } d) model.DisableResilienceDefaults = d;
        if (session.SecureSignInSession is { } s) model.SecureSignInSession = new SecureSignInSessionControl { IsEnabled = s.IsEnabled };
        return model;
    }

    private static CloudAppSecuritySessionControl Map(Ca.CloudAppSecuritySetting setting)
    {
        var model = new CloudAppSecuritySessionControl { IsEnabled = setting.IsEnabled };
        if (setting.CloudAppSecurityType is { } type) model.CloudAppSecurityType = EnumTokens.Parse<CloudAppSecuritySessionControlType>(type, "cloudAppSecurityType");
        return model;
    }

    private static SignInFrequencySessionControl Map(Ca.SignInFrequencySetting setting)
    {
        var model = new SignInFrequencySessionControl { IsEnabled = setting.IsEnabled };
        if (setting.Type is { } type) model.Type = EnumTokens.Parse<SigninFrequencyType>(type, "signInFrequency.type");
        if (setting.Value is { } value) model.Value = value;
        if (setting.AuthenticationType is { } auth) model.AuthenticationType = EnumTokens.Parse<SignInFrequencyAuthenticationType>(auth, "signInFrequency.authenticationType");
        if (setting.FrequencyInterval is { } interval) model.FrequencyInterval = EnumTokens.Parse<SignInFrequencyInterval>(interval, "signInFrequency.frequencyInterval");
        return model;
    }

    private static PersistentBrowserSessionControl Map(Ca.PersistentBrowserSetting setting)
    {
        var model = new PersistentBrowserSessionControl { IsEnabled = setting.IsEnabled };
        if (setting.Mode is { } mode) model.Mode = EnumTokens.Parse<PersistentBrowserSessionMode>(mode, "persistentBrowser.mode");
        return model;
    }
}
