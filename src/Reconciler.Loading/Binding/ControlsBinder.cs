using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Binding;

internal static class ControlsBinder
{
    public static ConditionalAccessGrantControls Grant(ObjectReader g, string displayName)
    {
        var controls = new ConditionalAccessGrantControls
        {
            Operator = g.Enum("operator", Vocabulary.Operator),
            BuiltInControls = g.EnumList("builtInControls", Vocabulary.BuiltInControls),
            CustomAuthenticationFactors = g.Strings("customAuthenticationFactors"),
            TermsOfUse = g.Ids("termsOfUse", IdKind.Guid),
            AuthenticationStrengthId = g.Object("authenticationStrength", AuthenticationStrength)?.Id,
        };
        CheckCombinations(g, displayName, controls);
        return controls;
    }

    public static ConditionalAccessSessionControls Session(ObjectReader s) => new()
    {
        ApplicationEnforcedRestrictions = s.Object("applicationEnforcedRestrictions", Enabled),
        CloudAppSecurity = s.Object("cloudAppSecurity", c => new CloudAppSecuritySetting
        {
            IsEnabled = c.Bool("isEnabled"),
            CloudAppSecurityType = c.Enum("cloudAppSecurityType", Vocabulary.CloudAppSecurityType),
        }),
        SignInFrequency = s.Object("signInFrequency", f => new SignInFrequencySetting
        {
            IsEnabled = f.Bool("isEnabled"),
            Type = f.Enum("type", Vocabulary.SignInFrequencyType),
            Value = f.Int("value"),
            AuthenticationType = f.Enum("authenticationType", Vocabulary.AuthenticationType),
            FrequencyInterval = f.Enum("frequencyInterval", Vocabulary.FrequencyInterval),
        }),
        PersistentBrowser = s.Object("persistentBrowser", p => new PersistentBrowserSetting
        {
            IsEnabled = p.Bool("isEnabled"),
            Mode = p.Enum("mode", Vocabulary.PersistentBrowserMode),
        }),
        DisableResilienceDefaults = s.Bool("disableResilienceDefaults"),
        SecureSignInSession = s.Object("secureSignInSession", Enabled),
    };

    private static void CheckCombinations(ObjectReader g, string displayName, ConditionalAccessGrantControls controls)
    {
        var builtIn = controls.BuiltInControls ?? [];
        var others = builtIn.Count + (controls.CustomAuthenticationFactors?.Count ?? 0) + (controls.TermsOfUse?.Count ?? 0)
            + (controls.AuthenticationStrengthId is null ? 0 : 1);
        if (builtIn.Contains("block") && others > 1)
        {
            g.Binding.Report(InputDiagnostics.BlockCombined(g.Location, displayName));
        }

        if (builtIn.Contains("passwordChange") && (!builtIn.Contains("mfa") || controls.Operator != "AND"))
        {
            g.Binding.Report(InputDiagnostics.PasswordChangeWithoutMfa(g.Location, displayName));
        }
    }

    private static EnabledSetting Enabled(ObjectReader e) => new() { IsEnabled = e.Bool("isEnabled") };

    private static StrengthReference AuthenticationStrength(ObjectReader a)
    {
        a.Ignore("@odata.type");
        a.Ignore("displayName");
        return new StrengthReference(a.Required("id", key => a.Node(key) is { } n ? a.Binding.Id(n, a.KeyPath(key), IdKind.Guid) : null));
    }

    private sealed record StrengthReference(string? Id);
}
