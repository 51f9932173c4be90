namespace Reconciler.Model.Access;

/// <summary>
/// Who signs in: identified by object id and/or email, a member of the resource tenant or an external user.
/// Policy user references (ids or emails) are matched against either.
/// </summary>
public sealed record SignInUser
{
    public string? Id { get; init; }

    public string? Email { get; init; }

    /// <summary>Null for a member of the resource tenant.</summary>
    public ExternalUserType? ExternalUserType { get; init; }

    /// <summary>The external user's home tenant id; null for members and internal guests, or when unknown.</summary>
    public string? HomeTenantId { get; init; }

    /// <summary>The email domain <see cref="HomeTenantId"/> was found from, when it was inferred rather than given.</summary>
    public string? HomeTenantInferredFrom { get; init; }

    public bool IsExternal => ExternalUserType is not null;

    public static SignInUser Member(string? id = null, string? email = null) => new() { Id = id, Email = email };

    public static SignInUser Guest(
        string email,
        string? homeTenantId,
        ExternalUserType type = Access.ExternalUserType.B2bCollaborationGuest,
        string? id = null) =>
        new() { Id = id, Email = email, ExternalUserType = type, HomeTenantId = homeTenantId };

    /// <summary>True when <paramref name="reference"/> (an object id or an email) names this user.</summary>
    public bool IsNamedBy(string reference) =>
        string.Equals(reference, Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(reference, Email, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Email ?? Id ?? "(unnamed user)";
}
