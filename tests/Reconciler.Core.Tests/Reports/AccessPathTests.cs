using Reconciler.Core.Tests.Support;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Core.Tests.Reports;

/// <summary>The access-path diagram's model: grouped, flagged, deterministic, and safe to draw whatever a name holds.</summary>
public class AccessPathTests
{
    private static readonly DesiredState Stack = Some.Stack([Some.Guest()], [Some.MfaPolicy("enabled")], Some.CrossTenant());

    [Fact]
    public void AThousandGuestsOfThreeTenantsDrawAsThreeGroups()
    {
        string[] domains = ["fabrikam.example", "northwind.example", "tailspin.example"];
        var stack = Stack with { Guests = [.. Enumerable.Range(0, 1_000).Select(i => Some.Guest($"guest{i}@{domains[i % 3]}", null))] };
        var live = Some.Tenant() with
        {
            HomeTenants = new Dictionary<string, string>
            {
                ["fabrikam.example"] = Some.PartnerTenantId,
                ["northwind.example"] = "5e5e5e5e-0000-4000-8000-000000000055",
                ["tailspin.example"] = "6f6f6f6f-0000-4000-8000-000000000066",
            },
        };

        var paths = AccessPathBuilder.ForPlan(stack, live, Project(stack, live));

        Assert.Equal(3, paths.Groups.Count(g => g.Kind == AccessPathGroupKind.DeclaredGuests));
        Assert.Equal(1_000, paths.Groups.Sum(g => g.Guests));
        Assert.Contains(paths.Groups, g => g.Label == "334 new guests");
        Assert.True(paths.Nodes.Count < 40, $"{paths.Nodes.Count} nodes");
    }

    [Fact]
    public void WhatThePlanChangesIsFlaggedAndWhatItKeepsIsNot()
    {
        var live = Some.Tenant(policies: [Some.LivePolicy(Some.MfaPolicy().Body)]);

        var paths = AccessPathBuilder.ForPlan(Stack, live, Project(Stack, live));

        var partner = paths.Groups.Single(g => g.Kind == AccessPathGroupKind.PartnerGuests).Index;
        Assert.Contains(paths.Nodes, n => n.Group == partner && n.Kind == AccessPathNodeKind.Trust && n.Label == "home MFA not trusted" && n.Change == AccessPathChange.BeforeOnly);
        Assert.Contains(paths.Nodes, n => n.Group == partner && n.Kind == AccessPathNodeKind.Outcome && n.Label == "MFA at home" && n.Change == AccessPathChange.AfterOnly);
        Assert.Contains(paths.Nodes, n => n.Kind == AccessPathNodeKind.Outcome && n.Label == "MFA here (report-only)" && n.Change == AccessPathChange.BeforeOnly);
        Assert.All(paths.Nodes.Where(n => n.Kind is AccessPathNodeKind.HomeTenant or AccessPathNodeKind.App), n => Assert.Equal(AccessPathChange.Same, n.Change));
    }

    [Fact]
    public void ATenantComparedWithItselfHasNoChanges()
    {
        var live = Some.Tenant(policies: [Some.LivePolicy(Some.MfaPolicy().Body)]);

        Assert.False(AccessPathBuilder.ForPlan(Stack, live, live).Changes);
    }

    [Fact]
    public void TheSameInputsDrawTheSameDiagram()
    {
        var live = Some.Tenant();

        var first = MermaidAccessPaths.Render(AccessPathBuilder.ForPlan(Stack, live, Project(Stack, live)), "t");
        var second = MermaidAccessPaths.Render(AccessPathBuilder.ForPlan(Stack, live, Project(Stack, live)), "t");

        Assert.Equal(first, second);
        Assert.StartsWith("```mermaid\nflowchart LR\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameCannotBreakOutOfItsLabel()
    {
        var escaped = MermaidAccessPaths.Escape("Block \"all\" #1 <b>x</b> & `code` 100%\nnext");

        Assert.Equal("Block #quot;all#quot; #35;1 #lt;b#gt;x#lt;/b#gt; #amp; #96;code#96; 100#37;<br>next", escaped);
    }

    [Fact]
    public void APolicyNamedLikeMermaidSyntaxStaysOneLabel()
    {
        var policy = Some.MfaPolicy("enabled");
        var hostile = policy with { Body = policy.Body with { DisplayName = "x\"] --> evil[\"y" } };
        var stack = Stack with { ConditionalAccessPolicies = [hostile] };
        var live = Some.Tenant();

        var text = MermaidAccessPaths.Render(AccessPathBuilder.ForPlan(stack, live, Project(stack, live)), "t");

        Assert.DoesNotContain("evil[\"", text, StringComparison.Ordinal);
        Assert.Contains("x#quot;] --#gt; evil[#quot;y", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactionHidesTheGuestADiagramNames()
    {
        var live = Some.Tenant();
        var plan = Planner.Plan(Stack, live, PlanOptions.Default);
        var report = ReportBuilder.Plan(plan, Stack, live) with { AccessPaths = AccessPathBuilder.ForPlan(Stack, live, Project(Stack, live)) };

        var redacted = new Redactor(new byte[32]).Redact(report);

        Assert.Contains(report.AccessPaths.Nodes, n => n.Label.Contains(Some.GuestEmail, StringComparison.Ordinal));
        Assert.DoesNotContain(Some.GuestEmail, MermaidAccessPaths.Render(redacted.AccessPaths, "t"), StringComparison.Ordinal);
        Assert.All(redacted.AccessPaths.Groups, g => Assert.DoesNotContain(Some.GuestEmail, g.Label, StringComparison.Ordinal));
    }

    private static LiveSnapshot Project(DesiredState stack, LiveSnapshot live) =>
        TenantAfterPlan.Project(live, Planner.Plan(stack, live, PlanOptions.Default).Actions);
}
