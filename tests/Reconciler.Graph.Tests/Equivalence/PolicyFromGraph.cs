using Microsoft.Graph.Models;
using Reconciler.Graph.Mapping;
using Reconciler.Model.Live;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>
/// SDK policy to Core record, property for property: the mapping the reader used before it read JSON directly, kept as the
/// oracle <see cref="Mapping.PolicyFromJson"/> must agree with.
/// </summary>
internal static class PolicyFromGraph
{
    public static LivePolicy Map(ConditionalAccessPolicy policy) => new()
    {
        Id = policy.Id ?? "",
        TemplateId = policy.TemplateId,
        CreatedDateTime = policy.CreatedDateTime,
        ModifiedDateTime = policy.ModifiedDateTime,
        Body = new Ca.ConditionalAccessPolicyBody
        {
            DisplayName = policy.DisplayName ?? "",
            State = EnumTokens.Token(policy.State),
            Conditions = ConditionsFromGraph.Map(policy.Conditions),
            GrantControls = Map(policy.GrantControls),
            SessionControls = Map(policy.SessionControls),
        },
    };

    private static Ca.ConditionalAccessGrantControls? Map(ConditionalAccessGrantControls? grant) => grant is null ? null : new()
    {
        Operator = grant.Operator,
        BuiltInControls = EnumTokens.Tokens(grant.BuiltInControls),
        CustomAuthenticationFactors = Strings(grant.CustomAuthenticationFactors),
        TermsOfUse = Strings(grant.TermsOfUse),
        AuthenticationStrengthId = grant.AuthenticationStrength?.Id,
    };

    private static Ca.ConditionalAccessSessionControls? Map(ConditionalAccessSessionControls? session) => session is null ? null : new()
    {
        ApplicationEnforcedRestrictions = session.ApplicationEnforcedRestrictions is { } a ? new Ca.EnabledSetting { IsEnabled = a.IsEnabled } : null,
        CloudAppSecurity = session.CloudAppSecurity is { } c
            ? new Ca.CloudAppSecuritySetting { IsEnabled = c.IsEnabled, CloudAppSecurityType = EnumTokens.Token(c.CloudAppSecurityType) }
            : null,
        SignInFrequency = session.SignInFrequency is { } f
            ? new Ca.SignInFrequencySetting
            {
                IsEnabled = f.IsEnabled,
                Type = EnumTokens.Token(f.Type),
                Value = f.Value,
                AuthenticationType = EnumTokens.Token(f.AuthenticationType),
                FrequencyInterval = EnumTokens.Token(f.FrequencyInterval),
            }
            : null,
        PersistentBrowser = session.PersistentBrowser is { } p
            ? new Ca.PersistentBrowserSetting { IsEnabled = p.IsEnabled, Mode = EnumTokens.Token(p.Mode) }
            : null,
        DisableResilienceDefaults = session.DisableResilienceDefaults,
        SecureSignInSession = session.SecureSignInSession is { } s ? new Ca.EnabledSetting { IsEnabled = s.IsEnabled } : null,
    };

    internal static IReadOnlyList<string>? Strings(IEnumerable<string?>? values) => values?.OfType<string>().ToList();
}
