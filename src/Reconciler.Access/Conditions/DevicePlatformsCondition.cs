using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>Device platforms, included and excluded, with <c>all</c>. Not configured matches every platform.</summary>
internal sealed class DevicePlatformsCondition : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        var platforms = conditions.Platforms;
        if (platforms is null || platforms.IncludePlatforms.IsNullOrEmpty())
        {
            return null;
        }

        var match = Matching.Scope(
            Entry(platforms.IncludePlatforms, signIn.DevicePlatform),
            Entry(platforms.ExcludePlatforms, signIn.DevicePlatform));
        return Matching.ReasonFor(match, AnalysisReasons.DevicePlatform, AnalysisReasons.DevicePlatform);
    }

    private static Match Entry(IReadOnlyList<string>? listed, string? platform)
    {
        if (listed.IsNullOrEmpty())
        {
            return Match.No;
        }

        if (listed.ContainsToken("all"))
        {
            return Match.Yes;
        }

        return platform is null ? Match.Unknown : Matching.From(listed.ContainsToken(platform));
    }
}
