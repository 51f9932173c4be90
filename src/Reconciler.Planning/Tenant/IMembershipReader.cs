using Reconciler.Model.Access;

namespace Reconciler.Planning.Tenant;

/// <summary>
/// A tenant that can say which groups (directly or through nested groups) and directory roles hold a user. Read-only.
/// Never throws for a service failure: the answer says it was refused or carries the diagnostic.
/// </summary>
public interface IMembershipReader
{
    Task<MembershipRead> ReadMembershipsAsync(string userId, CancellationToken cancellationToken);
}
