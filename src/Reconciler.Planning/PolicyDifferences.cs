using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>How a declared policy body differs from a live one, both in the shape Graph fills in (see docs/normalisation.md).</summary>
internal static class PolicyDifferences
{
    public static IReadOnlyList<PropertyDifference> Between(ConditionalAccessPolicyBody declared, LivePolicy live) =>
        TreeComparer.Compare(GraphJson.ToTree(ServiceFilledPolicyValues.Fill(declared)), GraphJson.ToTree(ServiceFilledPolicyValues.Fill(live.Body)));
}
