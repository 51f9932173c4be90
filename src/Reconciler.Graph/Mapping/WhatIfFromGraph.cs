using Microsoft.Graph.Models;
using Reconciler.Model.Access;

namespace Reconciler.Graph.Mapping;

/// <summary>One <c>whatIfAnalysisResult</c> as a Core verdict; the reasons are Graph's flag tokens, <c>notSet</c> left out.</summary>
internal static class WhatIfFromGraph
{
    public static ServicePolicyVerdict Map(WhatIfAnalysisResult result)
    {
        var applies = result.PolicyApplies == true;
        return new ServicePolicyVerdict(
            result.DisplayName ?? result.Id ?? "(unnamed policy)",
            EnumTokens.Token(result.State),
            applies,
            applies ? [] : EnumTokens.FlagTokens(result.AnalysisReasons) ?? []);
    }
}
