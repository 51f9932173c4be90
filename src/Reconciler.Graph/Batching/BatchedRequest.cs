using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Reconciler.Graph.Guests;
using Reconciler.Graph.Mapping;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Graph.Batching;

/// <summary>
/// One write as a <c>$batch</c> step: the request the SDK would send on its own, and how to read the touched
/// object's id from the answer. Actions with no batched form (the cross-tenant default) return null and go one by one.
/// </summary>
internal sealed record BatchedRequest(RequestInformation Request, Func<JsonElement, string?> IdFromAnswer)
{
    public static BatchedRequest? For(GraphServiceClient graph, PlannedAction action)
    {
        var policies = graph.Identity.ConditionalAccess.Policies;
        var partners = graph.Policies.CrossTenantAccessPolicy.Partners;
        return action switch
        {
            InviteGuest invite => new(graph.Invitations.ToPostRequestInformation(GuestWriter.Invitation(invite.Guest)), a => Property(a, "invitedUser", "id")),
            UpdateGuest update => new(graph.Users[update.UserId].ToPatchRequestInformation(GuestWriter.Patch(update)), _ => update.UserId),
            DeleteGuest delete => new(graph.Users[delete.UserId].ToDeleteRequestInformation(), _ => delete.UserId),
            RestoreGuest restore => new(graph.Directory.DeletedItems[restore.UserId].Restore.ToPostRequestInformation(), _ => restore.UserId),
            CreatePolicy create => new(policies.ToPostRequestInformation(PolicyToGraph.Create(create.Body)), a => Property(a, "id")),
            UpdatePolicy update => new(policies[update.PolicyId].ToPatchRequestInformation(PolicyToGraph.Patch(update.Patch)), _ => update.PolicyId),
            DeletePolicy delete => new(policies[delete.PolicyId].ToDeleteRequestInformation(), _ => delete.PolicyId),
            CreatePartner create => new(partners.ToPostRequestInformation(CrossTenantToGraph.Partner(create.TenantId, create.Settings)), _ => create.TenantId),
            UpdatePartner update => new(partners[update.TenantId].ToPatchRequestInformation(CrossTenantToGraph.Partner(null, update.Blocks, update.Cleared)), _ => update.TenantId),
            DeletePartner delete => new(partners[delete.TenantId].ToDeleteRequestInformation(), _ => delete.TenantId),
            _ => null,
        };
    }

    private static string? Property(JsonElement answer, params string[] path)
    {
        var at = answer;
        foreach (var name in path)
        {
            if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(name, out at))
            {
                return null;
            }
        }
        return at.ValueKind == JsonValueKind.String ? at.GetString() : null;
    }
}
