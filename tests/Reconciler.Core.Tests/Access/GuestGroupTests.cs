using System.Text.Json.Nodes;
using Reconciler.Access;
using Reconciler.Core.Tests.Support;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;
using Reconciler.Testing.Reports;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// Guests the policies treat alike are judged once, as a group: one B2B2103 for a thousand of them, listing them all;
/// and a guest a policy names is never folded into a group whose verdict is not its own.
/// </summary>
public class GuestGroupTests
{
    private static readonly DesiredCrossTenantAccess FabrikamNamed = new()
    {
        Partners = [new DesiredPartner { TenantId = FabrikamTenant, Name = "Fabrikam", Settings = new() }],
    };

    private static GuestUnderTest Fabrikam(string name) => new(SignInUser.Guest($"{name}@fabrikam.example", FabrikamTenant));

    [Fact]
    public void GuestsThePoliciesTreatAlikeGetOneB2B2103ThatListsThemAll()
    {
        var guests = new[] { "alex", "bob", "carol", "dana", "erin" }.Select(Fabrikam).ToArray();

        var diagnostic = AccessDiagnostics.Check(guests, [], FabrikamNamed).Single();

        Assert.Equal("B2B2103", diagnostic.Code);
        Assert.StartsWith("5 guests from Fabrikam (alex@fabrikam.example, bob@fabrikam.example, carol@fabrikam.example and 2 more) are not covered", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(guests.Select(g => g.User.Email), diagnostic.Guests);
    }

    [Fact]
    public void OneGuestReadsAsItAlwaysDidAndListsNoGroup()
    {
        var diagnostic = AccessDiagnostics.Check([Fabrikam("alex")], [], FabrikamNamed).Single();

        Assert.Equal(
            "guest alex@fabrikam.example is not covered by any enabled Conditional Access policy that requires MFA. Include the guest's user type in a policy's includeGuestsOrExternalUsers with an mfa grant control, or enable the report-only policy.",
            diagnostic.Message);
        Assert.Null(diagnostic.Guests);
    }

    [Fact]
    public void AGuestAPolicyNamesIsJudgedApartFromTheOthers()
    {
        var onlyBob = GuestMfaPolicy.WithUsers(_ => new ConditionalAccessUsers { IncludeUsers = ["BOB@fabrikam.example"] });
        var guests = new[] { "alex", "bob", "carol" }.Select(Fabrikam).ToArray();

        var diagnostic = AccessDiagnostics.Check(guests, [new(onlyBob)], FabrikamNamed).Single(d => d.Code == "B2B2103");

        Assert.Equal(["alex@fabrikam.example", "carol@fabrikam.example"], diagnostic.Guests);
    }

    [Fact]
    public void GuestsOfAnotherHomeTenantOrOfNoneKnownAreWarnedApart()
    {
        var elsewhere = new GuestUnderTest(SignInUser.Guest("kim@northwind.example", "9a8b7c6d-0000-4000-8000-000000000002"));
        var unknown = new[] { "lee", "max" }.Select(n => new GuestUnderTest(SignInUser.Guest($"{n}@unknown.example", null))).ToArray();

        var messages = AccessDiagnostics.Check([Fabrikam("alex"), elsewhere, .. unknown, Fabrikam("bob")], [], FabrikamNamed).Select(d => d.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.StartsWith("2 guests from Fabrikam (alex@fabrikam.example, bob@fabrikam.example) are not covered", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("guest kim@northwind.example is not covered", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("2 guests whose home tenant was not found (lee@unknown.example, max@unknown.example)", messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void SignInGroupsKeepTheOrderOfTheGuestsAndSplitOffNamedOnes()
    {
        var users = new[] { Fabrikam("alex"), Fabrikam("bob"), Fabrikam("carol") }.Select(g => g.User).ToList();
        var namesBob = new PolicyUnderTest(GuestMfaPolicy.WithUsers(u => u with { ExcludeUsers = ["bob@FABRIKAM.example"] }));

        var groups = SignInGroups.Of(users, u => u, [namesBob]);

        Assert.Equal([["alex@fabrikam.example", "carol@fabrikam.example"], ["bob@fabrikam.example"]], groups.Select(g => g.Select(u => u.Email!).ToArray()).ToArray());
    }

    [Fact]
    public void TheSignInImpactOfAGroupIsEachMembersOwnAndANamedGuestKeepsItsOwnVerdict()
    {
        var guests = new[] { "alex", "bob", "carol" }.Select(n => Some.Guest($"{n}@fabrikam.example", n)).ToList();
        var policy = Some.MfaPolicy("enabled") with { Body = Some.MfaPolicy("enabled").Body.WithUsers(u => u with { ExcludeUsers = [Some.BreakGlassEmail, "bob@fabrikam.example"] }) };
        var stack = Some.Stack(guests, [policy]);
        var live = Some.Tenant();
        var plan = Planner.Plan(stack, live, PlanOptions.Default);

        var rows = SignInImpactTable.Build(stack, live, plan.Actions);

        var guestRows = rows.Where(r => r.Subject.Kind == SignInSubjectKind.Guest).ToList();
        Assert.Equal(["alex@fabrikam.example", "carol@fabrikam.example"], guestRows.Select(r => r.Subject.Email));
        Assert.All(guestRows, r => Assert.Equal(["mfa"], r.After.RequiredControls));
        Assert.All(guestRows, r => Assert.Equal("'Require MFA for B2B portal access' applies", r.Reason));
    }

    [Fact]
    public void TheJsonReportListsEveryGuestOfAGroupWarningAndKeepsItsSchema()
    {
        var stack = Some.Stack([.. Enumerable.Range(0, 40).Select(i => Some.Guest($"guest{i}@fabrikam.example", null))], [Some.MfaPolicy()]);
        var live = Some.Tenant();
        var planned = Planner.Plan(stack, live, PlanOptions.Default);
        var guests = stack.Guests.Select(g => new GuestUnderTest(SignInUser.Guest(g.Email, null), g.Source)).ToList();
        var plan = planned with { Diagnostics = [.. planned.Diagnostics, .. AccessDiagnostics.Check(guests, [PolicyUnderTest.From(stack.ConditionalAccessPolicies[0])], null)] };

        var json = new JsonRenderer().Render(ReportBuilder.Plan(plan, stack, live));

        Assert.Empty(ReportSchema.Problems(json));
        var warning = JsonNode.Parse(json)!["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "B2B2103")!;
        Assert.Equal(stack.Guests.Select(g => g.Email), warning["guests"]!.AsArray().Select(g => (string?)g));
        Assert.Contains("covers them in report-only mode", (string?)warning["message"], StringComparison.Ordinal);
    }
}
