using Reconciler.Model.Diagnostics;

namespace Reconciler.Model.Access;

/// <summary>
/// What the tenant said about a user's memberships (<c>transitiveMemberOf</c>): the group ids and the directory roles'
/// template ids. <see cref="RoleTemplateIds"/> is null when the roles came back without them (the caller may not read
/// roles, so Graph gave ids only); both are null when the tenant refused the listing (<see cref="RefusedFor"/> then
/// names the permissions that would let it answer) or failed (<see cref="Failure"/>).
/// </summary>
public sealed record MembershipRead(IReadOnlyList<string>? GroupIds, IReadOnlyList<string>? RoleTemplateIds)
{
    public string? RefusedFor { get; init; }

    public Diagnostic? Failure { get; init; }

    public static MembershipRead Refused(string permissions) => new(null, null) { RefusedFor = permissions };

    public static MembershipRead Failed(Diagnostic failure) => new(null, null) { Failure = failure };
}
