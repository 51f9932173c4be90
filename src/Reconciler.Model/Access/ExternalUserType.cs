namespace Reconciler.Model.Access;

/// <summary>
/// The kinds of external user Conditional Access tells apart (Graph's <c>conditionalAccessGuestOrExternalUserTypes</c>).
/// The Graph token is the member name with a lower-case first letter, e.g. <c>b2bCollaborationGuest</c>.
/// </summary>
public enum ExternalUserType
{
    InternalGuest,
    B2bCollaborationGuest,
    B2bCollaborationMember,
    B2bDirectConnectUser,
    OtherExternalUser,
    ServiceProvider,
}

public static class ExternalUserTypeTokens
{
    /// <summary>Parses a Graph token (case-insensitive); null when it names no known type.</summary>
    public static ExternalUserType? Parse(string? token) =>
        Enum.TryParse<ExternalUserType>(token, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null;

    /// <summary>
    /// B2B users sign in with an account of another Entra tenant, so that tenant's MFA can be trusted
    /// through cross-tenant inbound trust.
    /// </summary>
    public static bool HasHomeTenantAccount(this ExternalUserType type) =>
        type is ExternalUserType.B2bCollaborationGuest or ExternalUserType.B2bCollaborationMember
            or ExternalUserType.B2bDirectConnectUser;
}
