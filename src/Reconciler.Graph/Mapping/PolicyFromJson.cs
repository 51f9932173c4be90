using System.Text.Json;
using Microsoft.Graph.Models;
using Reconciler.Model.Live;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// A policy as Graph sends it to the Model record, read straight from the JSON: the same record the SDK models would give
/// (see <see cref="SdkJson"/> for the reading rules), at a fraction of the cost.
/// </summary>
internal static class PolicyFromJson
{
    public static LivePolicy Map(JsonElement policy) => new()
    {
        Id = SdkJson.String(policy, "id") ?? "",
        TemplateId = SdkJson.String(policy, "templateId"),
        CreatedDateTime = SdkJson.Date(policy, "createdDateTime"),
        ModifiedDateTime = SdkJson.Date(policy, "modifiedDateTime"),
        Body = new Ca.ConditionalAccessPolicyBody
        {
            DisplayName = SdkJson.String(policy, "displayName") ?? "",
            State = SdkJson.Enum<ConditionalAccessPolicyState>(policy, "state"),
            Conditions = SdkJson.Object(policy, "conditions", ConditionsFromJson.Map),
            GrantControls = SdkJson.Object(policy, "grantControls", Grant),
            SessionControls = SdkJson.Object(policy, "sessionControls", Session),
        },
    };

    private static Ca.ConditionalAccessGrantControls Grant(JsonElement grant) => new()
    {
        Operator = SdkJson.String(grant, "operator"),
        BuiltInControls = SdkJson.Enums<ConditionalAccessGrantControl>(grant, "builtInControls"),
        CustomAuthenticationFactors = SdkJson.Strings(grant, "customAuthenticationFactors"),
        TermsOfUse = SdkJson.Strings(grant, "termsOfUse"),
        AuthenticationStrengthId = SdkJson.TryGet(grant, "authenticationStrength", out var strength) ? SdkJson.String(strength, "id") : null,
    };

    private static Ca.ConditionalAccessSessionControls Session(JsonElement session) => new()
    {
        ApplicationEnforcedRestrictions = SdkJson.Object(session, "applicationEnforcedRestrictions", Enabled),
        CloudAppSecurity = SdkJson.Object(session, "cloudAppSecurity", c => new Ca.CloudAppSecuritySetting
        {
            IsEnabled = SdkJson.Bool(c, "isEnabled"),
            CloudAppSecurityType = SdkJson.Enum<CloudAppSecuritySessionControlType>(c, "cloudAppSecurityType"),
        }),
        SignInFrequency = SdkJson.Object(session, "signInFrequency", f => new Ca.SignInFrequencySetting
        {
            IsEnabled = SdkJson.Bool(f, "isEnabled"),
            Type = SdkJson.Enum<SigninFrequencyType>(f, "type"),
            Value = SdkJson.Int(f, "value"),
            AuthenticationType = SdkJson.Enum<SignInFrequencyAuthenticationType>(f, "authenticationType"),
            FrequencyInterval = SdkJson.Enum<SignInFrequencyInterval>(f, "frequencyInterval"),
        }),
        PersistentBrowser = SdkJson.Object(session, "persistentBrowser", p => new Ca.PersistentBrowserSetting
        {
            IsEnabled = SdkJson.Bool(p, "isEnabled"),
            Mode = SdkJson.Enum<PersistentBrowserSessionMode>(p, "mode"),
        }),
        DisableResilienceDefaults = SdkJson.Bool(session, "disableResilienceDefaults"),
        SecureSignInSession = SdkJson.Object(session, "secureSignInSession", Enabled),
    };

    private static Ca.EnabledSetting Enabled(JsonElement setting) => new() { IsEnabled = SdkJson.Bool(setting, "isEnabled") };
}
