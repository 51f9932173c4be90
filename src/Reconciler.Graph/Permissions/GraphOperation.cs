namespace Reconciler.Graph.Permissions;

/// <summary>
/// One kind of call the port makes, in words for diagnostics, with the least-privileged application permission
/// Graph documents for it and the permissions that also satisfy it (docs/permissions.md prints the same table).
/// </summary>
internal sealed record GraphOperation(string Description, string Permission, params string[] AlsoSatisfiedBy)
{
    public static readonly GraphOperation ReadOrganization = new("read the organization", "Organization.Read.All", "Directory.Read.All", "User.Read.All");
    public static readonly GraphOperation ReadGuests = new("read guest users", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");
    public static readonly GraphOperation ReadPolicies = new("read Conditional Access policies", "Policy.Read.All", "Policy.ReadWrite.ConditionalAccess");
    public static readonly GraphOperation EvaluateSignIn = new("evaluate a sign-in with Graph's What If API", "Policy.Read.ConditionalAccess", "Policy.Read.All", "Policy.ReadWrite.ConditionalAccess");
    public static readonly GraphOperation ReadMemberships = new("read a user's group and role memberships", "User.Read.All", "Directory.Read.All", "Directory.ReadWrite.All", "GroupMember.Read.All", "Group.Read.All", "User.ReadWrite.All");
    public static readonly GraphOperation ReadCrossTenant = new("read cross-tenant access settings", "Policy.Read.All", "Policy.ReadWrite.CrossTenantAccess");
    public static readonly GraphOperation ReadSignIns = new("read the sign-in log", "AuditLog.Read.All");
    public static readonly GraphOperation InviteGuest = new("invite a guest", "User.Invite.All", "User.ReadWrite.All", "Directory.ReadWrite.All");
    public static readonly GraphOperation UpdateGuest = new("update a guest", "User.ReadWrite.All", "Directory.ReadWrite.All");
    public static readonly GraphOperation DeleteGuest = new("delete a guest", "User.ReadWrite.All", "Directory.ReadWrite.All");
    public static readonly GraphOperation RestoreGuest = new("restore a guest", "User.ReadWrite.All", "Directory.ReadWrite.All");
    public static readonly GraphOperation WritePolicy = new("write a Conditional Access policy", "Policy.ReadWrite.ConditionalAccess");
    public static readonly GraphOperation WriteCrossTenant = new("write cross-tenant access settings", "Policy.ReadWrite.CrossTenantAccess");

    /// <summary>Graph's known issue: CA writes also need these read permissions consented.</summary>
    public static readonly GraphOperation ReadPoliciesForWrite = new("read policies while writing Conditional Access", "Policy.Read.All", "Policy.ReadWrite.ConditionalAccess");
    public static readonly GraphOperation ReadApplicationsForWrite = new("read applications while writing Conditional Access", "Application.Read.All", "Application.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");

    public bool IsSatisfiedBy(IReadOnlySet<string> roles) => roles.Contains(Permission) || AlsoSatisfiedBy.Any(roles.Contains);

    /// <summary>The permission named in a 403: CA writes name all three the known issue needs.</summary>
    public string PermissionHint => this == WritePolicy
        ? "Policy.ReadWrite.ConditionalAccess (with Policy.Read.All and Application.Read.All)"
        : Permission;
}
