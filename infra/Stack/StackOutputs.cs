using Pulumi;
using Pulumi.AzureAD;

namespace Reconciler.Infra.Stack;

/// <summary>What <c>pulumi stack output</c> shows: object ids to correlate with the tenant, and each guest's redeem URL.</summary>
internal static class StackOutputs
{
    public static IDictionary<string, object?> From(
        IReadOnlyDictionary<string, Invitation> invitations,
        IReadOnlyDictionary<string, ConditionalAccessPolicy> policies) => new Dictionary<string, object?>
    {
        ["guestObjectIds"] = invitations.ToDictionary(i => i.Key, i => (object?)i.Value.UserId),
        ["guestRedeemUrls"] = invitations.ToDictionary(i => i.Key, i => (object?)Output.CreateSecret(i.Value.RedeemUrl)),
        ["policyIds"] = policies.ToDictionary(p => p.Key, p => (object?)p.Value.ObjectId),
    };
}
