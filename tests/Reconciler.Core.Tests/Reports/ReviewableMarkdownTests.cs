using Reconciler.Core.Tests.Support;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

/// <summary>What makes a big plan reviewable in a pull-request comment: it fits, it is grouped, and it names its read.</summary>
public class ReviewableMarkdownTests
{
    /// <summary>1,200 new guests: one stack the size that once made a 267,623-character comment.</summary>
    private static PlanReport TwelveHundredGuests()
    {
        var guests = Enumerable.Range(1, 1200).Select(i => Some.Guest($"guest{i:0000}@fabrikam.example", $"Guest {i:0000}")).ToList();
        var stack = Some.Stack(guests, [Some.MfaPolicy("enabled")], Some.CrossTenant());
        var live = Some.Tenant();
        var plan = Planner.Plan(stack, live, PlanOptions.Default);
        return ReportBuilder.Plan(plan, stack, live, Reconciler.Reporting.Access.SignInImpactTable.Build(stack, live, plan.Actions)).Stamped("0123456789abcdef", DateTimeOffset.UnixEpoch, "https://github.com/contoso/b2b/actions/runs/42");
    }

    [Fact]
    public void AReportOverTheCommentLimitIsCutBetweenSectionsAndSaysWhereTheRestIs()
    {
        var report = TwelveHundredGuests();
        var whole = new MarkdownRenderer(int.MaxValue).Render(report);

        var markdown = new MarkdownRenderer().Render(report);

        Assert.True(whole.Length > MarkdownRenderer.GitHubCommentLimit, $"the scenario is only {whole.Length} characters");
        Assert.True(markdown.Length <= MarkdownRenderer.DefaultLimit, $"{markdown.Length} characters");
        Assert.Contains("> [!WARNING]", markdown, StringComparison.Ordinal);
        Assert.Contains("[this run's artifacts](https://github.com/contoso/b2b/actions/runs/42)", markdown, StringComparison.Ordinal);
        Assert.Contains("rows of the change table", markdown, StringComparison.Ordinal);
        // Cut between whole sections: everything kept is a line of the whole report, and what decides the review stays.
        var lines = whole.Split('\n').ToHashSet();
        Assert.All(markdown.Split('\n').Where(l => !l.StartsWith("> ", StringComparison.Ordinal)), line => Assert.Contains(line, lines));
        Assert.Contains("**Safety**", whole, StringComparison.Ordinal);
        Assert.Contains("**Safety**", markdown, StringComparison.Ordinal);
        Assert.StartsWith("### Plan: 1202 to add", markdown, StringComparison.Ordinal);
        Assert.Contains("| `+` | guest | guest0001@fabrikam.example | add |  |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportWithinTheLimitIsNotCut()
    {
        var markdown = new MarkdownRenderer().Render(ReportScenarios.PlanWithEveryActionKind());

        Assert.DoesNotContain("[!WARNING]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void IdenticalSignInsOfNewGuestsAreOneRow()
    {
        var report = TwelveHundredGuests();

        var text = new TextRenderer().Render(report);

        Assert.Contains("1200 new guests from fabrikam.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("guest0002@fabrikam.example  Windows", text, StringComparison.Ordinal);
        Assert.Equal(1200, report.SignInImpact.Count(r => r.Subject.Kind == SignInSubjectKind.Guest));
    }

    [Fact]
    public void TheMarkdownNamesTheCommitAndTheTimeOfTheRead()
    {
        var markdown = new MarkdownRenderer().Render(ReportScenarios.InSync().Stamped("0123456789abcdef", new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(1))));

        Assert.Contains("<sub>Commit 0123456789abcdef, tenant read 2026-12-03 08:30:00Z; read scope: full.</sub>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewPartnerShowsEveryDeclaredProperty()
    {
        var stack = Some.Stack([], [], Some.CrossTenant(partnerMfa: true));
        var live = Some.Tenant();
        var report = ReportBuilder.Plan(Planner.Plan(stack, live, PlanOptions.Default), stack, live);

        Assert.Contains("+ crossTenantAccessPartner", new TextRenderer().Render(report), StringComparison.Ordinal);
        Assert.Contains("inboundTrust.isMfaAccepted  true", new TextRenderer().Render(report), StringComparison.Ordinal);
        Assert.Contains("- `inboundTrust.isMfaAccepted`: `true`", new MarkdownRenderer().Render(report), StringComparison.Ordinal);
        Assert.Contains("\"declared\": true", new JsonRenderer().Render(report), StringComparison.Ordinal);
    }
}
