using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Access;

namespace Reconciler.Graph.WhatIf;

/// <summary>
/// The groups and directory roles that hold a user, directly or through nested groups
/// (<c>GET /users/{id}/transitiveMemberOf</c>, paged). Graph answers a caller that may list the memberships but not read
/// a type with that type's ids only: groups are still known by id, but roles then lack the roleTemplateId Conditional
/// Access names them by, so role membership stays unknown. A 403 is an answer ("refused"), not an error. No query
/// options are sent: Graph takes them on this API only as advanced queries, and its pages of 100 are followed instead.
/// </summary>
internal sealed class MembershipReader(GraphServiceClient graph, GraphCaller caller)
{
    /// <summary>What a refusal names: the one permission that decides both kinds of condition, and those that decide groups.</summary>
    public const string DecidingPermissions = "Directory.Read.All (groups and roles), or GroupMember.Read.All or User.Read.All (groups only)";

    public async Task<MembershipRead> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        var roles = new List<string>();
        var rolesKnown = true;
        var trail = new PageTrail(caller.Limits);
        string? nextLink = null;
        try
        {
            do
            {
                var link = nextLink;
                var page = await caller.RunAsync(ct => link is null
                    ? graph.Users[userId].TransitiveMemberOf.GetAsync(cancellationToken: ct)
                    : graph.Users[userId].TransitiveMemberOf.WithUrl(link).GetAsync(cancellationToken: ct), cancellationToken);
                foreach (var item in page?.Value ?? [])
                {
                    switch (item)
                    {
                        case Group { Id: { } id }:
                            groups.Add(id);
                            break;
                        case DirectoryRole { RoleTemplateId: { } template }:
                            roles.Add(template);
                            break;
                        case DirectoryRole:
                            rolesKnown = false;
                            break;
                    }
                }
                nextLink = page?.OdataNextLink is { } next ? trail.Follow(next) : null;
            }
            while (nextLink is not null);
        }
        catch (GraphCallException e) when (e.Failure.Status == 403)
        {
            return MembershipRead.Refused(DecidingPermissions);
        }
        catch (GraphCallException e)
        {
            return MembershipRead.Failed(FailureDiagnostics.For(e, GraphOperation.ReadMemberships, userId));
        }
        return new MembershipRead(groups, rolesKnown ? roles : null);
    }
}
