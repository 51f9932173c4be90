using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.WhatIf;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// Performs a sign-in the way the service logs one: every stored policy is judged by the local tenant's What If
/// (<see cref="PolicyAnalysis"/>, the evaluate route's own entry point), an applying policy's grant controls are
/// checked against how the user authenticated and the inbound trust of its home tenant, and the result is a complete
/// v1.0 <c>signIn</c> with <c>appliedConditionalAccessPolicies</c>. Report-only policies are judged the same way and
/// never enforced. Callers hold the write lock.
/// </summary>
internal static class SignInPerformer
{
    public static JsonObject Perform(TenantStore store, SignInRequest request)
    {
        var user = store.FindUser(request.User) ?? throw new ArgumentException($"no user '{request.User}' to sign in.");
        var identity = SignInIdentity.Of(store, user.Data, request);
        var facts = SignInFacts.Read(EvaluateBody(user.Id, identity, request), out var problem)
            ?? throw new ArgumentException(problem);
        var trusted = identity.HomeTenantId is { } home && InboundTrust.AcceptsMfa(store, home);
        var mfaDone = request.CompletesMfa || (request.HomeTenantMfa && identity.HasHomeAccount && trusted);

        var applied = new JsonArray();
        var verdicts = new List<PolicyVerdict>();
        foreach (var policy in store.PolicyValues)
        {
            var verdict = PolicyVerdict.Of(policy, PolicyAnalysis.Evaluate(policy, facts), mfaDone, identity.IsDirectConnect);
            verdicts.Add(verdict);
            applied.Add(verdict.ToJson(policy));
        }

        var failed = verdicts.FirstOrDefault(v => v.Result == "failure");
        return SignInShape.Complete(new JsonObject
        {
            ["id"] = request.Id ?? Guid.NewGuid().ToString(),
            ["createdDateTime"] = request.CreatedDateTime ?? Wire.PreciseNow(),
            ["userDisplayName"] = user.Data["displayName"]?.DeepClone(),
            ["userPrincipalName"] = identity.LoggedPrincipalName,
            ["userId"] = user.Id,
            ["appId"] = request.AppId,
            ["appDisplayName"] = request.AppDisplayName,
            ["ipAddress"] = request.IpAddress,
            ["clientAppUsed"] = request.ClientAppUsed,
            ["conditionalAccessStatus"] = failed is not null ? "failure" : verdicts.Any(v => v.Result == "success") ? "success" : "notApplied",
            ["riskLevelDuringSignIn"] = request.RiskLevel,
            ["riskLevelAggregated"] = request.RiskLevel,
            ["status"] = new JsonObject
            {
                ["errorCode"] = failed?.ErrorCode ?? 0,
                ["failureReason"] = failed?.FailureReason,
                ["additionalDetails"] = AdditionalDetails(request, identity),
            },
            ["deviceDetail"] = new JsonObject
            {
                ["deviceId"] = "",
                ["displayName"] = null,
                ["operatingSystem"] = request.OperatingSystem,
                ["browser"] = request.Browser,
                ["isCompliant"] = null,
                ["isManaged"] = null,
                ["trustType"] = null,
            },
            ["location"] = new JsonObject
            {
                ["city"] = request.City,
                ["state"] = request.State,
                ["countryOrRegion"] = request.CountryOrRegion,
                ["geoCoordinates"] = new JsonObject { ["altitude"] = null, ["latitude"] = null, ["longitude"] = null },
            },
            ["appliedConditionalAccessPolicies"] = applied,
        });
    }

    /// <summary>
    /// Where v1.0 says how MFA was met. The local tenant writes the claim wording whenever the home tenant's token
    /// carries MFA, so a reader can tell; a real tenant may say so only when a policy asked for MFA.
    /// </summary>
    private static string? AdditionalDetails(SignInRequest request, SignInIdentity identity) =>
        request.HomeTenantMfa && identity.HasHomeAccount ? "MFA requirement satisfied by claim in the token"
        : request.CompletesMfa ? "MFA completed in Azure AD"
        : null;

    private static JsonObject EvaluateBody(string userId, SignInIdentity identity, SignInRequest request) => new()
    {
        ["signInIdentity"] = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.userSignIn",
            ["userId"] = userId,
            ["externalTenantId"] = identity.HomeTenantId,
            ["externalUserType"] = identity.ExternalUserType,
        },
        ["signInContext"] = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.applicationContext",
            ["includeApplications"] = new JsonArray(request.AppId),
        },
        ["signInConditions"] = new JsonObject
        {
            ["clientAppType"] = ClientWords.ClientAppType(request.ClientAppUsed),
            ["devicePlatform"] = ClientWords.DevicePlatform(request.OperatingSystem),
            ["country"] = request.CountryOrRegion,
            ["ipAddress"] = request.IpAddress,
            ["signInRiskLevel"] = request.RiskLevel,
        },
    };
}
