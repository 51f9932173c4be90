using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// Target resources and conditions, per learn.microsoft.com "Building a Conditional Access policy" (every configured
/// condition must match; unconfigured conditions match everything), "Conditional Access: Target resources" (app
/// groups) and "The Conditional Access What If tool" (unspecified sign-in details make a conditioned policy not apply).
/// </summary>
public class ConditionRuleTests
{
    private static readonly string[] NoReasons = [];

    public static TheoryData<string, Func<ConditionalAccessConditions, ConditionalAccessConditions>, SignIn, string[]> Cases => new()
    {
        // Applications
        { "All apps", c => c with { Applications = Apps(["All"]) }, AlexIntoAzure, NoReasons },
        { "None", c => c with { Applications = Apps(["None"]) }, AlexIntoAzure, ["application"] },
        { "another app id", c => c with { Applications = Apps([ExchangeOnline]) }, AlexIntoAzure, ["application"] },
        { "an excluded app beats All", c => c with { Applications = Apps(["All"], [AzureManagementApp]) }, AlexIntoAzure, ["application"] },
        { "Office365 includes Exchange Online", c => c with { Applications = Apps(["Office365"]) }, AlexIntoAzure with { ApplicationId = ExchangeOnline }, NoReasons },
        { "Office365 is known not to include Azure management", c => c with { Applications = Apps(["Office365"]) }, AlexIntoAzure, ["application"] },
        { "Office365 membership of an unknown app cannot be told", c => c with { Applications = Apps(["Office365"]) }, AlexIntoAzure with { ApplicationId = "unknown-app" }, ["notEnoughInformation"] },
        { "MicrosoftAdminPortals includes the Azure portal", c => c with { Applications = Apps(["MicrosoftAdminPortals"]) }, AlexIntoAzure with { ApplicationId = "c44b4083-3bb0-49c1-b47d-974e53cbdf3c" }, NoReasons },
        { "excluding Office365 removes Exchange Online", c => c with { Applications = Apps(["All"], ["Office365"]) }, AlexIntoAzure with { ApplicationId = ExchangeOnline }, ["application"] },
        { "an unspecified app matches only All", c => c with { Applications = Apps([AzureManagementApp]) }, AlexIntoAzure with { ApplicationId = null }, ["application"] },

        // Client app types
        { "unset client app types match every client", c => c with { ClientAppTypes = null }, AlexIntoAzure with { ClientApp = "exchangeActiveSync" }, NoReasons },
        { "all matches an unspecified client", c => c with { ClientAppTypes = ["all"] }, AlexIntoAzure with { ClientApp = null }, NoReasons },
        { "a listed client", c => c with { ClientAppTypes = ["exchangeActiveSync", "other"] }, AlexIntoAzure with { ClientApp = "other" }, NoReasons },
        { "an unlisted client", c => c with { ClientAppTypes = ["exchangeActiveSync", "other"] }, AlexIntoAzure, ["clientApps"] },

        // Device platforms
        { "an included platform", c => c with { Platforms = new() { IncludePlatforms = ["windows"] } }, AlexIntoAzure, NoReasons },
        { "a platform not included", c => c with { Platforms = new() { IncludePlatforms = ["iOS"] } }, AlexIntoAzure, ["devicePlatform"] },
        { "an excluded platform beats all", c => c with { Platforms = new() { IncludePlatforms = ["all"], ExcludePlatforms = ["windows"] } }, AlexIntoAzure, ["devicePlatform"] },
        { "all platforms match an unspecified one", c => c with { Platforms = new() { IncludePlatforms = ["all"] } }, AlexIntoAzure with { DevicePlatform = null }, NoReasons },
        { "an unspecified platform against a list", c => c with { Platforms = new() { IncludePlatforms = ["windows"] } }, AlexIntoAzure with { DevicePlatform = null }, ["devicePlatform"] },

        // Locations
        { "All locations", c => c with { Locations = new() { IncludeLocations = ["All"] } }, AlexIntoAzure, NoReasons },
        { "All but trusted, from an untrusted place", c => c with { Locations = Locations(["All"], ["AllTrusted"]) }, AlexIntoAzure with { Location = SignInLocation.Untrusted }, NoReasons },
        { "All but trusted, from a trusted place", c => c with { Locations = Locations(["All"], ["AllTrusted"]) }, AlexIntoAzure with { Location = SignInLocation.Trusted }, ["location"] },
        { "All but trusted, from an unspecified place", c => c with { Locations = Locations(["All"], ["AllTrusted"]) }, AlexIntoAzure, ["location"] },
        { "a named location", c => c with { Locations = Locations(["loc-1"], []) }, AlexIntoAzure with { Location = SignInLocation.Named("loc-1") }, NoReasons },
        { "another named location", c => c with { Locations = Locations(["loc-1"], []) }, AlexIntoAzure with { Location = SignInLocation.Named("loc-2") }, ["location"] },

        // Risk
        { "a listed sign-in risk", c => c with { SignInRiskLevels = ["high", "medium"] }, AlexIntoAzure with { SignInRisk = "high" }, NoReasons },
        { "an unlisted sign-in risk", c => c with { SignInRiskLevels = ["high"] }, AlexIntoAzure with { SignInRisk = "low" }, ["signInRisk"] },
        { "an unspecified sign-in risk", c => c with { SignInRiskLevels = ["high"] }, AlexIntoAzure, ["signInRisk"] },
        { "an unspecified user risk", c => c with { UserRiskLevels = ["high"] }, AlexIntoAzure, ["userRisk"] },
        { "a listed user risk", c => c with { UserRiskLevels = ["low"] }, AlexIntoAzure with { UserRisk = "low" }, NoReasons },

        // Conditions a sign-in description cannot carry
        { "a device filter", c => c with { Devices = new() { DeviceFilter = new() { Mode = "include", Rule = "device.isCompliant -eq True" } } }, AlexIntoAzure, ["devices"] },

        // Every failing condition is reported, the first first
        {
            "several failures in analysisReasons order",
            c => c with { ClientAppTypes = ["other"], SignInRiskLevels = ["high"], Applications = Apps([ExchangeOnline]) },
            AlexIntoAzure,
            ["application", "clientApps", "signInRisk"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryConfiguredConditionMustMatch(
        string rule,
        Func<ConditionalAccessConditions, ConditionalAccessConditions> change,
        SignIn signIn,
        string[] reasons)
    {
        var evaluation = Evaluate(signIn, NoTrust, GuestMfaPolicy.WithConditions(change)).Policies.Single();

        Assert.True(reasons.SequenceEqual(evaluation.Reasons), $"{rule}: got [{string.Join(", ", evaluation.Reasons)}]");
        Assert.Equal(reasons.Length == 0, evaluation.Applies);
    }

    [Fact]
    public void DisabledPoliciesAreIgnoredWithPolicyNotEnabled()
    {
        var decision = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { State = PolicyState.Disabled });

        Assert.Equal(["policyNotEnabled"], decision.Policies.Single().Reasons);
        Assert.Equal(AccessResult.NoPolicy, decision.Outcome.Result);
    }

    [Fact]
    public void APolicyWhoseStateIsNotKnownIsNeverTakenToBeInForce()
    {
        var decision = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { State = null });

        Assert.Equal(["policyNotEnabled"], decision.Policies.Single().Reasons);
        Assert.Null(decision.Policies.Single().State);
        Assert.Equal(AccessResult.NoPolicy, decision.Outcome.Result);
    }

    [Theory]
    [InlineData(null, PolicyState.ReportOnly, PolicyState.ReportOnly)]
    [InlineData(PolicyState.Enabled, PolicyState.ReportOnly, PolicyState.Enabled)]
    [InlineData(null, null, null)]
    public void AStateLeftUndeclaredIsTheTenants(string? declared, string? live, string? after) =>
        Assert.Equal(after, PolicyState.After(declared, live));

    private static ConditionalAccessApplications Apps(string[] include, string[]? exclude = null) =>
        new() { IncludeApplications = include, ExcludeApplications = exclude ?? [] };

    private static ConditionalAccessLocations Locations(string[] include, string[] exclude) =>
        new() { IncludeLocations = include, ExcludeLocations = exclude };
}
