using Microsoft.Graph.Models;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>Session controls, whole: every control the stack leaves out is assigned, and so sent as, <c>null</c>.</summary>
internal static class SessionToGraph
{
    public static ConditionalAccessSessionControls Map(Ca.ConditionalAccessSessionControls session)
    {
        var model = new ConditionalAccessSessionControls();
        model.ApplicationEnforcedRestrictions = session.ApplicationEnforcedRestrictions is { } a
            ? new ApplicationEnforcedRestrictionsSessionControl { IsEnabled = a.IsEnabled }
            : null;
        model.CloudAppSecurity = AssignOrNull.Map(session.CloudAppSecurity, Map);
        model.SignInFrequency = AssignOrNull.Map(session.SignInFrequency, Map);
        model.PersistentBrowser = AssignOrNull.Map(session.PersistentBrowser, Map);
        model.SecureSignInSession = session.SecureSignInSession is { } s ? new SecureSignInSessionControl { IsEnabled = s.IsEnabled } : null;
        model.DisableResilienceDefaults = session.DisableResilienceDefaults;
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
