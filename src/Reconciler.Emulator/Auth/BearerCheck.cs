using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Auth;

/// <summary>Answers 401/403 the way Graph does, from the dev token's tid and roles.</summary>
internal static class BearerCheck
{
    public static EmulatorResponse? Reject(EmulatorRequest request, string tenantId, string[] acceptedRoles)
    {
        var header = request.Header("Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorResponse.Fail(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        var claims = DevelopmentToken.TryRead(header["Bearer ".Length..].Trim());
        if (claims is null)
        {
            return EmulatorResponse.Fail(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed.");
        }
        if (!string.Equals(claims.Value.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorResponse.Fail(401, "InvalidAuthenticationToken",
                $"Access token validation failure: the token's tenant '{claims.Value.TenantId}' does not match the tenant '{tenantId}'.");
        }
        if (acceptedRoles.Length > 0 && !acceptedRoles.Any(claims.Value.Roles.Contains))
        {
            return EmulatorResponse.Fail(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        return null;
    }
}
