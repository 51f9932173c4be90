using Reconciler.Core.Live;
using Reconciler.Core.Model.ConditionalAccess;
using Reconciler.Core.Normalisation;

namespace Reconciler.Core.Planning;

/// <summary>How a declared policy body differs from a live one, both in the shape Graph fills in (see docs/normalisation.md).</summary>
internal static class PolicyDifferences
{
    public static IReadOnlyList<PropertyDifference> Between(ConditionalAccessPolicyBody declared, LivePolicy live) =>
        TreeComparer.Compare(GraphJson.ToTree(ServiceFilledPolicyValues.Fill(declared)), GraphJson.ToTree(ServiceFilledPolicyValues.Fill(live.Body)));
}
