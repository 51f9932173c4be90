using Pulumi.AzureAD;
using Pulumi.AzureAD.Inputs;
using static Reconciler.Infra.Stack.InputLists;
using Reconciler.PulumiMapping.ConditionalAccess;

namespace Reconciler.Infra.Stack;

/// <summary>Core's policy args model to azuread's args, property for property; all decisions were made in Core.</summary>
internal static class PolicyArgsTranslator
{
    public static ConditionalAccessPolicyArgs Translate(ConditionalAccessPolicyArgsModel model, UserReferenceInputs users)
    {
        var args = new ConditionalAccessPolicyArgs
        {
            DisplayName = model.DisplayName,
            State = model.State,
            Conditions = ConditionsArgsTranslator.Translate(model.Conditions, users),
        };

        if (model.GrantControls is { } grant)
        {
            args.GrantControls = Translate(grant);
        }

        if (model.SessionControls is { } session)
        {
            args.SessionControls = Translate(session);
        }

        return args;
    }

    private static ConditionalAccessPolicyGrantControlsArgs Translate(GrantControlsModel grant)
    {
        var args = new ConditionalAccessPolicyGrantControlsArgs
        {
            Operator = grant.Operator,
            BuiltInControls = Of(grant.BuiltInControls),
            TermsOfUses = Of(grant.TermsOfUses),
            CustomAuthenticationFactors = Of(grant.CustomAuthenticationFactors),
        };

        if (grant.AuthenticationStrengthPolicyId is { } strength)
        {
            args.AuthenticationStrengthPolicyId = strength;
        }

        return args;
    }

    private static ConditionalAccessPolicySessionControlsArgs Translate(SessionControlsModel session)
    {
        var args = new ConditionalAccessPolicySessionControlsArgs();
        if (session.ApplicationEnforcedRestrictionsEnabled is { } restrictions)
        {
            args.ApplicationEnforcedRestrictionsEnabled = restrictions;
        }

        if (session.CloudAppSecurityPolicy is { } cloudAppSecurity)
        {
            args.CloudAppSecurityPolicy = cloudAppSecurity;
        }

        if (session.DisableResilienceDefaults is { } disableResilience)
        {
            args.DisableResilienceDefaults = disableResilience;
        }

        if (session.PersistentBrowserMode is { } persistentBrowser)
        {
            args.PersistentBrowserMode = persistentBrowser;
        }

        if (session.SignInFrequency is { } frequency)
        {
            args.SignInFrequency = frequency;
        }

        if (session.SignInFrequencyPeriod is { } period)
        {
            args.SignInFrequencyPeriod = period;
        }

        if (session.SignInFrequencyAuthenticationType is { } authenticationType)
        {
            args.SignInFrequencyAuthenticationType = authenticationType;
        }

        if (session.SignInFrequencyInterval is { } interval)
        {
            args.SignInFrequencyInterval = interval;
        }

        return args;
    }
}
