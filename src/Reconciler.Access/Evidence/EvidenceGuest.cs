using Reconciler.Model.Access;

namespace Reconciler.Access.Evidence;

/// <summary>
/// A guest whose sign-ins are replayed, as the directory and the stack describe it: its address, type and home
/// tenant (<see cref="HomeTenantInferredFrom"/> names the email domain it was found from when the log did not say),
/// and the partner label reports group it under.
/// </summary>
public sealed record EvidenceGuest(
    string UserId,
    string? Email,
    string? DisplayName,
    ExternalUserType Type,
    string? HomeTenantId,
    string Partner,
    string? HomeTenantInferredFrom = null)
{
    public SignInUser ToUser(string? homeTenantFromLog) => new()
    {
        Id = UserId,
        Email = Email,
        ExternalUserType = Type,
        HomeTenantId = homeTenantFromLog ?? HomeTenantId,
        HomeTenantInferredFrom = homeTenantFromLog is null ? HomeTenantInferredFrom : null,
    };
}
