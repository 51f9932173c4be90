using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// Who signs in, as Conditional Access classifies them: an invited guest is a B2B collaboration guest (or member,
/// when turned member), a local guest account an internal guest, anyone else a member. The home tenant is the one
/// the tenant information knows for the email's domain. The log names a guest by its home address, not the
/// <c>#EXT#</c> UPN.
/// </summary>
internal sealed record SignInIdentity(string? ExternalUserType, string? HomeTenantId, string? LoggedPrincipalName)
{
    public bool HasHomeAccount => ExternalUserType is "b2bCollaborationGuest" or "b2bCollaborationMember" or "b2bDirectConnectUser";

    public bool IsDirectConnect => ExternalUserType == "b2bDirectConnectUser";

    public static SignInIdentity Of(TenantStore store, JsonObject user, SignInRequest request)
    {
        var upn = Wire.AsString(user["userPrincipalName"]) ?? "";
        var mail = Wire.AsString(user["mail"]);
        var invited = upn.Contains("#EXT#", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Wire.AsString(user["creationType"]), "Invitation", StringComparison.OrdinalIgnoreCase);
        var guest = string.Equals(Wire.AsString(user["userType"]), "Guest", StringComparison.OrdinalIgnoreCase);
        var type = request.ExternalUserType
            ?? (invited ? (guest ? "b2bCollaborationGuest" : "b2bCollaborationMember") : guest ? "internalGuest" : null);
        var external = type is not null && type != "internalGuest";
        var domain = mail?.Split('@') is [_, var d] ? d : null;
        var home = request.HomeTenantId
            ?? (external && domain is not null ? Wire.AsString(store.FindTenantInformationByDomain(domain)?["tenantId"]) : null);
        var logged = (external && mail is not null ? mail : upn).ToLowerInvariant();
        return new SignInIdentity(type, home, logged);
    }
}
