namespace Reconciler.Emulator.Auth;

/// <summary>
/// The one place that says which application roles each route group accepts (mirrors Graph's
/// least-privilege tables; docs/emulator.md prints the same table).
/// </summary>
internal static class Permissions
{
    public static readonly string[] UserRead = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    public static readonly string[] UserWrite = ["User.ReadWrite.All", "Directory.ReadWrite.All"];
    public static readonly string[] Invite = ["User.Invite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"];
    public static readonly string[] ConditionalAccessRead = ["Policy.Read.All", "Policy.Read.ConditionalAccess", "Policy.ReadWrite.ConditionalAccess"];
    public static readonly string[] ConditionalAccessWrite = ["Policy.ReadWrite.ConditionalAccess"];
    public static readonly string[] CrossTenantRead = ["Policy.Read.All", "Policy.ReadWrite.CrossTenantAccess"];
    public static readonly string[] CrossTenantWrite = ["Policy.ReadWrite.CrossTenantAccess"];
    public static readonly string[] AuditLogRead = ["AuditLog.Read.All"];

    /// <summary>Groups and their members (group-list, group-list-members).</summary>
    public static readonly string[] GroupRead =
        ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All", "GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"];

    /// <summary>Activated directory roles and their members (directoryrole-list, directoryrole-list-members).</summary>
    public static readonly string[] RoleRead = ["RoleManagement.Read.Directory", "RoleManagement.ReadWrite.Directory", "Directory.Read.All", "Directory.ReadWrite.All"];

    /// <summary>Another user's memberOf and transitiveMemberOf (user-list-memberof, user-list-transitivememberof).</summary>
    public static readonly string[] MembershipRead =
        ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "Group.Read.All", "GroupMember.Read.All"];

    /// <summary>Organization and tenant information: any valid token of this tenant will do.</summary>
    public static readonly string[] AnyTenantToken = [];

    public static readonly string[] All =
        UserRead.Concat(Invite).Concat(ConditionalAccessRead).Concat(CrossTenantRead).Concat(CrossTenantWrite).Concat(GroupRead).Concat(RoleRead).Concat(AuditLogRead)
            .Concat(["Organization.Read.All", "CrossTenantInformation.ReadBasic.All"])
            .Distinct(StringComparer.Ordinal).ToArray();
}
