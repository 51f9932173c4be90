using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;

namespace Reconciler.Core.Tests.Planning.Effects;

/// <summary>One row per rule of <see cref="EffectRules"/> at least, each a change from before to after.</summary>
public class EffectRulesTests
{
    public static TheoryData<string, string, string, string, Effect> Cases => new()
    {
        { "include tenant scope", "conditions.users.includeGuestsOrExternalUsers.externalTenants.membershipKind", "all", "enumerated", Effect.Weakens },
        { "exclude tenant scope", "conditions.users.excludeGuestsOrExternalUsers.externalTenants.membershipKind", "enumerated", "all", Effect.Weakens },
        { "exclusion", "conditions.users.excludeGroups", "[]", """["e1"]""", Effect.Weakens },
        { "exclusion", "conditions.applications.excludeApplications", """["a1"]""", "[]", Effect.Strengthens },
        { "exclusion", "conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes", "[]", """["b2bCollaborationGuest"]""", Effect.Weakens },
        { "include", "conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes", """["b2bCollaborationGuest","b2bCollaborationMember"]""", """["b2bCollaborationGuest"]""", Effect.Weakens },
        { "include", "conditions.clientAppTypes", """["browser"]""", """["browser","other"]""", Effect.Strengthens },
        { "include", "conditions.clientAppTypes", """["all"]""", """["browser"]""", Effect.Weakens },
        { "limiting condition", "conditions.signInRiskLevels", "[]", """["high"]""", Effect.Weakens },
        { "limiting condition", "conditions.authenticationFlows.transferMethods", """["deviceCodeFlow"]""", "[]", Effect.Strengthens },
        { "filter", "conditions.devices.deviceFilter.mode", "null", "exclude", Effect.Weakens },
        { "state", "state", "enabled", "enabledForReportingButNotEnforced", Effect.Weakens },
        { "state", "state", "disabled", "enabled", Effect.Strengthens },
        { "state", "state", "disabled", "enabledForReportingButNotEnforced", Effect.Neutral },
        { "operator", "grantControls.operator", "AND", "OR", Effect.Weakens },
        { "built-in control", "grantControls.builtInControls", """["mfa"]""", "[]", Effect.Weakens },
        { "built-in control", "grantControls.builtInControls", """["mfa"]""", """["mfa","compliantDevice"]""", Effect.Weakens },
        { "built-in control", "grantControls.builtInControls", """["mfa","compliantDevice"]""", """["mfa"]""", Effect.Strengthens },
        { "alternative control", "grantControls.termsOfUse", "[]", """["t1"]""", Effect.Weakens },
        { "alternative control", "grantControls.authenticationStrengthId", "null", "00000000-0000-0000-0000-000000000002", Effect.Weakens },
        { "persistent browser", "sessionControls.persistentBrowser.mode", "null", "always", Effect.Weakens },
        { "sign-in frequency", "sessionControls.signInFrequency.value", "4", "90", Effect.Weakens },
        { "sign-in frequency", "sessionControls.signInFrequency.value", "null", "4", Effect.Strengthens },
        { "trust", "inboundTrust.isMfaAccepted", "false", "true", Effect.Weakens },
        { "trust", "inboundTrust.isCompliantDeviceAccepted", "null", "true", Effect.Weakens },
        { "trust", "isServiceProvider", "true", "false", Effect.Strengthens },
        { "access type", "b2bDirectConnectInbound.usersAndGroups.accessType", "blocked", "allowed", Effect.Weakens },
        { "user type", "userType", "Guest", "Member", Effect.Weakens },
        { "account enabled", "accountEnabled", "true", "false", Effect.Strengthens },
        { "deleted", "deletedDateTime", "2026-12-01 09:30:00Z", "null", Effect.Weakens },
        { "no rule", "displayName", "Alex", "Alex Wilber", Effect.Neutral },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachRuleJudgesItsChange(string rule, string path, string before, string after, Effect expected)
    {
        Assert.Equal(rule == "no rule" ? null : rule, EffectRules.RuleFor(path));
        Assert.Equal(expected, EffectRules.Of(path, before, after));
    }

    [Fact]
    public void EveryRuleHasACase() =>
        Assert.Empty(EffectRules.Names.Except(Cases.Select(c => (string)c[0])));

    [Fact]
    public void AnObjectIsAsWeakAsItsWeakestProperty()
    {
        var drift = new ObjectDrift(ResourceType.ConditionalAccessPolicy, "P", DriftStatus.Changed,
        [
            new PropertyDifference("conditions.users.excludeGroups", "[]", """["e1"]"""),
            new PropertyDifference("conditions.users.excludeUsers", """["u1"]""", "[]"),
        ]);

        Assert.Equal((Effect.Weakens, Effect.Weakens), (ChangeEffects.OfDrift(drift), ChangeEffects.OfFix(drift)));
    }

    [Fact]
    public void AMissingPolicyWeakensAndCreatingItStrengthens()
    {
        var drift = new ObjectDrift(ResourceType.ConditionalAccessPolicy, "P", DriftStatus.Missing, []);

        Assert.Equal((Effect.Weakens, Effect.Strengthens), (ChangeEffects.OfDrift(drift), ChangeEffects.OfFix(drift)));
    }
}
