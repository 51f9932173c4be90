using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Reconciler.Access;
using Reconciler.Emulator;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;
using SignIn = Reconciler.Model.Access.SignIn;

namespace Reconciler.Graph.Tests;

/// <summary>The port asks Graph's What If API, here the local tenant's subset of it, how the tenant judges a sign-in.</summary>
public class EvaluateTests
{
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    private const string Fabrikam = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    private static readonly string[] EvaluateOnly = ["Policy.Read.ConditionalAccess", "Organization.Read.All"];

    [Fact]
    public void ASignInBecomesAUserSignInToOneAppWithItsConditions()
    {
        var signIn = GuestSignIn("u1") with { ClientApp = "browser", DevicePlatform = "iOS", SignInRisk = "high", UserRisk = "none" };

        var body = SignInToGraph.Map(signIn, "u1");

        var identity = Assert.IsType<UserSignIn>(body.SignInIdentity);
        Assert.Equal(("u1", Fabrikam, ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest), (identity.UserId, identity.ExternalTenantId, identity.ExternalUserType));
        Assert.Equal([AzureManagement], Assert.IsType<ApplicationContext>(body.SignInContext).IncludeApplications!);
        Assert.Equal(ConditionalAccessClientApp.Browser, body.SignInConditions!.ClientAppType);
        Assert.Equal(ConditionalAccessDevicePlatform.IOS, body.SignInConditions.DevicePlatform);
        Assert.Equal((RiskLevel.High, RiskLevel.None), (body.SignInConditions.SignInRiskLevel, body.SignInConditions.UserRiskLevel));
        Assert.False(body.AppliedPoliciesOnly);
    }

    [Fact]
    public void AResultsFlagsBecomeGraphTokensAndAnApplyingPolicyHasNone()
    {
        var notApplying = WhatIfFromGraph.Map(new WhatIfAnalysisResult
        {
            DisplayName = "P",
            State = ConditionalAccessPolicyState.EnabledForReportingButNotEnforced,
            PolicyApplies = false,
            AnalysisReasons = WhatIfAnalysisReasons.Users | WhatIfAnalysisReasons.ClientApps,
        });
        var applying = WhatIfFromGraph.Map(new WhatIfAnalysisResult { DisplayName = "Q", PolicyApplies = true, AnalysisReasons = WhatIfAnalysisReasons.NotSet });

        Assert.Equal(("enabledForReportingButNotEnforced", false), (notApplying.State, notApplying.Applies));
        Assert.Equal(["users", "clientApps"], notApplying.Reasons);
        Assert.Empty(applying.Reasons);
    }

    [Fact]
    public async Task TheLocalTenantJudgesAGuestCoveredAndAMemberLeftOutForUsers()
    {
        await using var tenant = await Local.StartAsync();
        var guest = tenant.Store.AddGuest("alex@fabrikam.example");
        var member = tenant.Store.AddMember("breakglass@contoso.example");
        tenant.Store.AddConditionalAccessPolicy(GuestPolicy());
        var port = await Local.ConnectAsync(tenant, EvaluateOnly);

        var forGuest = await port.EvaluateAsync(GuestSignIn((string)guest["id"]!), CancellationToken.None);
        var forMember = await port.EvaluateAsync(new SignIn { User = SignInUser.Member((string)member["id"]!), ApplicationId = AzureManagement }, CancellationToken.None);

        Assert.True(forGuest.Available);
        Assert.Equal(Local.Json(new ServicePolicyVerdict("Guests MFA", "enabled", true, [])), Local.Json(Assert.Single(forGuest.Policies)));
        Assert.Equal(["users"], Assert.Single(forMember.Policies).Reasons);
    }

    [Fact]
    public async Task AUserTheTenantDoesNotHoldCannotBeAskedAbout()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant, EvaluateOnly);

        var verdict = await port.EvaluateAsync(new SignIn { User = SignInUser.Member(email: "nobody@contoso.example"), ApplicationId = AzureManagement }, CancellationToken.None);

        Assert.False(verdict.Available);
        Assert.Null(verdict.Failure);
        Assert.Contains("needs an object id", verdict.Note);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotImplemented)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task ATenantWithoutTheApiIsNotAvailableRatherThanFailed(HttpStatusCode status)
    {
        var verdict = await EvaluateBehindAsync(status);

        Assert.False(verdict.Available);
        Assert.Null(verdict.Failure);
        Assert.Contains("does not offer Graph's evaluate API", verdict.Note);
    }

    [Fact]
    public async Task ARefusalBecomesB2B3003NamingTheReadPermission()
    {
        var verdict = await EvaluateBehindAsync(HttpStatusCode.Forbidden);

        Assert.False(verdict.Available);
        Assert.Equal("B2B3003", verdict.Failure!.Code);
        Assert.Contains("Policy.Read.ConditionalAccess", verdict.Failure.Message);
    }

    private static async Task<ServiceVerdict> EvaluateBehindAsync(HttpStatusCode status)
    {
        await using var tenant = await Local.StartAsync();
        var user = tenant.Store.AddGuest("alex@fabrikam.example");
        var options = Local.Options(tenant, tenant.CreateToken(EvaluateOnly)) with
        {
            FinalHandler = new RefusingHandler("/identity/conditionalAccess/evaluate", status),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);
        return await port!.EvaluateAsync(GuestSignIn((string)user["id"]!), CancellationToken.None);
    }

    private static SignIn GuestSignIn(string id) => new()
    {
        User = SignInUser.Guest("alex@fabrikam.example", Fabrikam, id: id),
        ApplicationId = AzureManagement,
    };

    private static JsonObject GuestPolicy() => JsonNode.Parse("""
        {"displayName":"Guests MFA","state":"enabled",
         "conditions":{"applications":{"includeApplications":["797f4846-ba00-4fd7-ba43-dac1f8f63013"]},
                       "users":{"includeGuestsOrExternalUsers":{"guestOrExternalUserTypes":"b2bCollaborationGuest",
                                "externalTenants":{"@odata.type":"#microsoft.graph.conditionalAccessAllExternalTenants","membershipKind":"all"}}}},
         "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
        """)!.AsObject();
}
