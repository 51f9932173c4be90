using Reconciler.Access;
using Reconciler.Core.Tests.Planning;
using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;

namespace Reconciler.Core.Tests.Reports;

/// <summary>The stacks and tenants the golden files show.</summary>
internal static class ReportScenarios
{
    public static DesiredState Tutorial { get; } = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());

    /// <summary>
    /// The tutorial in sync apart from what it leaves to others: an ignored exclusion changed in the portal, and an
    /// undeclared partner that trusts MFA.
    /// </summary>
    public static DriftReport IgnoredAndWeakeningUnmanaged()
    {
        var stack = Tutorial with { ConditionalAccessPolicies = [Some.MfaPolicy() with { IgnoreChanges = ["conditions.users.excludeGroups"] }] };
        var live = InSyncScenarios.TenantAsDeclared(body => body with
        {
            Conditions = body.Conditions! with { Users = body.Conditions.Users! with { ExcludeGroups = ["e0000000-0000-0000-0000-0000000000e1"] } },
        });
        live = live with
        {
            Partners = [.. live.Partners, new LivePartner { TenantId = "9e8d7c6b-5a49-4382-9170-e6d5c4b3a291", Settings = new() { InboundTrust = new() { IsMfaAccepted = true } } }],
        };
        return ReportBuilder.Drift(DriftChecker.Check(stack, live).Drift, [], stack, live);
    }

    public static PlanReport InSync()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body);
        return ReportBuilder.Plan(Planner.Plan(Tutorial, live, PlanOptions.Default), Tutorial, live);
    }

    /// <summary>Every kind of drift on every resource type, unmanaged objects, and an unresolved reference.</summary>
    public static (DesiredState Stack, LiveSnapshot Live) Drifted()
    {
        var leaving = Some.Guest("old@fabrikam.example") with { Ensure = Ensure.Absent };
        var policy = Some.MfaPolicy();
        var reviewers = new DesiredPolicy
        {
            Body = policy.Body with
            {
                DisplayName = "Block guests outside review",
                Conditions = policy.Body.Conditions! with { Users = new() { IncludeUsers = ["reviewer@elsewhere.example"], ExcludeUsers = [Some.BreakGlassEmail] } },
            },
        };
        var crossTenant = Some.CrossTenant(defaultMfa: false, partnerMfa: true);
        crossTenant = crossTenant with { Partners = [.. crossTenant.Partners, new DesiredPartner { TenantId = "9a8b7c6d-0000-4000-8000-000000000099", Ensure = Ensure.Absent }] };
        var stack = Some.Stack([Some.Guest("sam@northwind.example"), Some.Guest(), leaving], [policy, reviewers], crossTenant) with
        {
            Ignore = new IgnoreList(["*@ignored.example"], [], []),
        };

        var live = InSyncScenarios.TenantAsDeclared(body => body with
        {
            State = "disabled",
            Conditions = body.Conditions! with { Users = body.Conditions.Users! with { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"], ExternalTenants = new() { MembershipKind = "all" } } } },
        });
        live = live with
        {
            Users = [.. live.Users, Some.LiveGuest("old@fabrikam.example", "a5000000-0000-0000-0000-00000000a005"), Some.LiveGuest("kim@partner.example", "a6000000-0000-0000-0000-00000000a006", state: "PendingAcceptance"), Some.LiveGuest("x@ignored.example", "a7000000-0000-0000-0000-00000000a007")],
            GuestCount = 40,
            ConditionalAccessPolicies = [.. live.ConditionalAccessPolicies, Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "Block legacy authentication", State = "enabled" }, "c7000000-0000-0000-0000-000000000007")],
            Partners = [Some.LivePartner(mfa: null), new LivePartner { TenantId = "9a8b7c6d-0000-4000-8000-000000000099" }, new LivePartner { TenantId = "5e5e5e5e-0000-4000-8000-000000000055" }],
            CrossTenantDefault = live.CrossTenantDefault with { Settings = live.CrossTenantDefault.Settings with { InboundTrust = new() { IsMfaAccepted = true } } },
            TenantNames = new Dictionary<string, string> { [Some.PartnerTenantId] = "Fabrikam", ["5e5e5e5e-0000-4000-8000-000000000055"] = "Northwind Traders" },
        };
        return (stack, live);
    }

    public static DriftReport DriftReport()
    {
        var (stack, live) = Drifted();
        var result = DriftChecker.Check(stack, live);
        return ReportBuilder.Drift(result.Drift, result.Diagnostics, stack, live);
    }

    /// <summary>Creates, updates and deletes of every resource type, a gate that blocks, one that was overridden, and sign-in impact.</summary>
    public static PlanReport PlanWithEveryActionKind()
    {
        var (stack, live) = Drifted();
        live = live with { Users = live.Users.Select(u => u.Mail == "kim@partner.example" ? u with { DisplayName = "Kim A." } : u).ToList() };
        stack = stack with
        {
            ConditionalAccessPolicies = [Some.MfaPolicy(), Some.MfaPolicy() with { Body = Some.MfaPolicy().Body with { DisplayName = "Block legacy authentication" }, Ensure = Ensure.Absent }, NewAllUsersPolicy()],
            Guests = [.. stack.Guests, Some.Guest("kim@partner.example", "Kim Akers")],
        };
        var plan = Planner.Plan(stack, live, PlanOptions.Default with { AllowDirectEnable = true });
        // The sign-in impact as the product computes it, so the golden files hold only wording the product prints.
        return ReportBuilder.Plan(plan, stack, live, SignInImpactTable.Build(stack, live));
    }

    /// <summary>Destroy: the default is reset, every declared object that exists is removed.</summary>
    public static PlanReport Destroy()
    {
        var (stack, live) = Drifted();
        return ReportBuilder.Plan(Planner.PlanDestroy(stack, live, PlanOptions.Default with { ForApply = true }), stack, live);
    }

    private static DesiredPolicy NewAllUsersPolicy() => new()
    {
        Body = new ConditionalAccessPolicyBody
        {
            DisplayName = "Block sign-in from risky locations",
            State = "enabled",
            Conditions = new() { Applications = new() { IncludeApplications = ["All"] }, Users = new() { IncludeUsers = ["All"] } },
            GrantControls = new() { Operator = "OR", BuiltInControls = ["block"] },
        },
    };
}
