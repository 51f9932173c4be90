using Microsoft.Graph.Identity.ConditionalAccess.Evaluate;
using Microsoft.Graph.Models;
using Reconciler.Model.Access;
using SignIn = Reconciler.Model.Access.SignIn;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// A Core sign-in as the body of Graph's What If call. Graph knows a location only as a country or an IP address, so
/// the offline evaluator's named or trusted locations are not sent; group and role ids are the tenant's to know.
/// </summary>
internal static class SignInToGraph
{
    public static EvaluatePostRequestBody Map(SignIn signIn, string userId) => new()
    {
        SignInIdentity = new UserSignIn
        {
            UserId = userId,
            ExternalTenantId = signIn.User.HomeTenantId,
            ExternalUserType = signIn.User.ExternalUserType is { } type
                ? EnumTokens.Parse<ConditionalAccessGuestOrExternalUserTypes>(type.ToToken(), "externalUserType")
                : null,
        },
        SignInContext = new ApplicationContext { IncludeApplications = signIn.ApplicationId is { } app ? [app] : [] },
        SignInConditions = new SignInConditions
        {
            ClientAppType = EnumTokens.ParseOrNull<ConditionalAccessClientApp>(signIn.ClientApp, "clientAppType"),
            DevicePlatform = EnumTokens.ParseOrNull<ConditionalAccessDevicePlatform>(signIn.DevicePlatform, "devicePlatform"),
            SignInRiskLevel = EnumTokens.ParseOrNull<RiskLevel>(signIn.SignInRisk, "signInRiskLevel"),
            UserRiskLevel = EnumTokens.ParseOrNull<RiskLevel>(signIn.UserRisk, "userRiskLevel"),
        },
        AppliedPoliciesOnly = false,
    };
}
