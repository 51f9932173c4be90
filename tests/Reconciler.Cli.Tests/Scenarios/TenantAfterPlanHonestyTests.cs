using Reconciler.Access;
using Reconciler.Cli.Tests.Support;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Applying;
using Reconciler.Planning.Normalisation;
using Reconciler.Planning.Tenant;
using Reconciler.Reporting.Access;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// What keeps the projection honest: a plan is applied to the local tenant through the real Graph port, the tenant is
/// read back, and it must be the tenant <see cref="TenantAfterPlan"/> said it would be (policy bodies, partners, the
/// default, guests). The safety gates and the sign-in impact judge that projection, so they judge what apply writes.
/// </summary>
public class TenantAfterPlanHonestyTests
{
    private const string Policy = "Require MFA for B2B portal access";

    [Fact]
    public async Task AFirstApplyWritesTheTenantTheProjectionDescribes()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var run = await ApplyAsync(tenant, stack);

        Assert.Contains(run.Plan.Actions, a => a is InviteGuest);
        Assert.Contains(run.Plan.Actions, a => a is CreatePolicy);
        Assert.Contains(run.Plan.Actions, a => a is CreatePartner);
        run.AssertTheTenantIsTheProjection();
    }

    [Fact]
    public async Task AReportOnlyPolicyThatExcludesGuestsDeclaredEnabledShowsWhatTheTenantDoesAfterApply()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        await ApplyAsync(tenant, stack);
        var policyId = (string)tenant.PoliciesNamed(Policy).Single()["id"]!;
        await tenant.ByHandAsync(HttpMethod.Patch, $"identity/conditionalAccess/policies/{policyId}", """
            {"state": "enabledForReportingButNotEnforced",
             "conditions": {"clientAppTypes": ["all"],
               "applications": {"includeApplications": ["797f4846-ba00-4fd7-ba43-dac1f8f63013"]},
               "users": {"includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider",
                           "externalTenants": {"@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all"}},
                         "excludeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "b2bCollaborationGuest",
                           "externalTenants": {"@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all"}},
                         "excludeUsers": ["{{BreakGlass}}"]}}}
            """.Replace("{{BreakGlass}}", BreakGlassId(tenant), StringComparison.Ordinal));
        await tenant.ByHandAsync(HttpMethod.Patch, $"policies/crossTenantAccessPolicy/partners/{TenantFixture.FabrikamTenantId}",
            """{"inboundTrust": {"isMfaAccepted": true, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false}}""");
        await tenant.ByHandAsync(HttpMethod.Patch, $"users/{tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]}", """{"accountEnabled": false}""");

        var run = await ApplyAsync(tenant, stack);

        var update = Assert.IsType<UpdatePolicy>(Assert.Single(run.Plan.Actions, a => a is UpdatePolicy));
        Assert.NotNull(update.Patch.Conditions);
        var alex = Assert.Single(run.SignInImpact, r => r.Subject.Label == TenantFixture.AlexEmail);
        Assert.Equal(AccessResult.NoPolicy, alex.Before.Result);
        Assert.Contains("mfa", alex.After.RequiredControls);
        Assert.True(alex.After.Enforced, "the policy the plan enables is enforced, not report-only");
        run.AssertTheTenantIsTheProjection();
    }

    [Fact]
    public async Task DeletesAndARestoreLeaveTheTenantTheProjectionDescribes()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        await ApplyAsync(tenant, stack);
        tenant.Store.AddGuest("kim@fabrikam.example", "Kim (Fabrikam)");
        await tenant.ByHandAsync(HttpMethod.Delete, $"users/{tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]}");
        stack.Edit("  b2b:guests:\n", "  b2b:guests:\n    - email: kim@fabrikam.example\n      ensure: absent\n");
        stack.Edit("        name: Fabrikam", "        name: Fabrikam\n        ensure: absent");
        stack.Edit("      inboundTrust:\n        isMfaAccepted: false\n", "      inboundTrust:\n        isMfaAccepted: true\n");

        var run = await ApplyAsync(tenant, stack);

        Assert.Contains(run.Plan.Actions, a => a is RestoreGuest);
        Assert.Contains(run.Plan.Actions, a => a is DeleteGuest);
        Assert.Contains(run.Plan.Actions, a => a is DeletePartner);
        Assert.Contains(run.Plan.Actions, a => a is UpdateCrossTenantDefault);
        run.AssertTheTenantIsTheProjection();
    }

    private static string BreakGlassId(TenantFixture tenant) => (string)tenant.UsersWithMail(TenantFixture.BreakGlassEmail).Single()["id"]!;

    /// <summary>Plans the stack against the tenant, applies the plan through the real port, and reads the tenant back.</summary>
    private static async Task<Run> ApplyAsync(TenantFixture tenant, StackFolder stack)
    {
        var desired = StackLoader.Load(stack.Path, null).State!;
        var options = new GraphConnectionOptions
        {
            TenantId = desired.TenantId,
            GraphUrl = tenant.GraphUrl,
            DevelopmentToken = tenant.Tenant.CreateToken([.. Emulator.LocalTenant.AllRoles]),
            DevelopmentTokenIssuedByTenant = true,
        };
        var (port, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);
        Assert.True(port is not null, failure?.ToString());
        var request = SnapshotRequestFor.Stack(desired);
        var live = await port.ReadAsync(request, CancellationToken.None);
        var plan = Planner.Plan(desired, live, PlanOptions.Default with { AllowDirectEnable = true });
        var projected = TenantAfterPlan.Project(live, plan.Actions);

        var result = await new ApplyEngine(port).ApplyAsync(desired, PlanOptions.Default with { AllowDirectEnable = true }, (_, _, _) => Task.FromResult(true), null, CancellationToken.None);

        Assert.True(result.Status == ApplyStatus.Converged, $"{result.Status}: {string.Join("; ", result.Diagnostics)}");
        Assert.Equal(plan.Actions.Select(a => (a.Kind, a.ResourceType, a.Key)), result.Plan.Actions.Select(a => (a.Kind, a.ResourceType, a.Key)));
        var readBack = await port.ReadAsync(request, CancellationToken.None);
        return new Run(plan, projected, readBack, SignInImpactTable.Build(desired, live, plan.Actions), SignInImpactTable.Build(desired, live, readBack));
    }

    private sealed record Run(
        Plan Plan, LiveSnapshot Projected, LiveSnapshot ReadBack, IReadOnlyList<Reconciler.Reporting.SignInImpactRow> SignInImpact, IReadOnlyList<Reconciler.Reporting.SignInImpactRow> SignInImpactReadBack)
    {
        /// <summary>A row as text: outcomes hold lists, which records compare by reference.</summary>
        private static string Row(Reconciler.Reporting.SignInImpactRow row) =>
            $"{row.Subject} {row.AppId} {Outcome(row.Before)} -> {Outcome(row.After)} ({row.Reason})";

        private static string Outcome(AccessOutcome outcome) =>
            $"{outcome.Result} [{string.Join(",", outcome.RequiredControls)}] enforced={outcome.Enforced} mfa={outcome.Mfa} block={outcome.BlockReason}";

        public void AssertTheTenantIsTheProjection()
        {
            // Guests the plan invited are known by their email in the projection; Graph gave them ids.
            var ids = ReadBack.Users.Where(u => u.Mail is not null).ToDictionary(u => u.Mail!, u => u.Id, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(Projected.ConditionalAccessPolicies.Count, ReadBack.ConditionalAccessPolicies.Count);
            foreach (var expected in Projected.ConditionalAccessPolicies)
            {
                var actual = ReadBack.ConditionalAccessPolicies.SingleOrDefault(p => p.Id == expected.Id)
                    ?? ReadBack.ConditionalAccessPolicies.Single(p => p.DisplayName == expected.DisplayName);
                var body = ((CreatePolicy)PendingReferences.Bind(new CreatePolicy(expected.Body), ids)).Body;
                AssertSame(expected.DisplayName, GraphJson.ToTree(ServiceFilledPolicyValues.Fill(body)), GraphJson.ToTree(ServiceFilledPolicyValues.Fill(actual.Body)));
            }

            AssertSame("default", GraphJson.ToTree(Projected.CrossTenantDefault.Settings), GraphJson.ToTree(ReadBack.CrossTenantDefault.Settings));
            Assert.Equal(Projected.Partners.Select(p => p.TenantId).Order(), ReadBack.Partners.Select(p => p.TenantId).Order());
            foreach (var expected in Projected.Partners)
            {
                var actual = ReadBack.Partners.Single(p => string.Equals(p.TenantId, expected.TenantId, StringComparison.OrdinalIgnoreCase));
                AssertSame(expected.TenantId, GraphJson.ToTree(expected.Settings), GraphJson.ToTree(actual.Settings), WholeCrossTenantSettings.InheritingBlocks);
            }

            Assert.Equal(Guests(Projected.Users), Guests(ReadBack.Users));
            Assert.Equal(Guests(Projected.DeletedUsers), Guests(ReadBack.DeletedUsers));
            Assert.Equal(SignInImpactReadBack.Select(Row), SignInImpact.Select(Row));
        }

        private static void AssertSame(string what, System.Text.Json.Nodes.JsonObject? projected, System.Text.Json.Nodes.JsonObject? readBack, IReadOnlySet<string>? inheriting = null)
        {
            var differences = TreeComparer.Compare(projected, readBack, inheriting);
            Assert.True(differences.Count == 0, $"{what}: " + string.Join("; ", differences.Select(d => $"{d.Path}: projected {d.Declared}, read back {d.Live}")));
        }

        private static List<string> Guests(IEnumerable<LiveUser> users) =>
            users.Where(u => u.WasInvited).Select(u => $"{u.Mail?.ToLowerInvariant()} {u.UserType} {u.AccountEnabled} {u.DisplayName}").Order().ToList();
    }
}
