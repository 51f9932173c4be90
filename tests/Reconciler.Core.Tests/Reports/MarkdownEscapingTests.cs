using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

/// <summary>A pull-request comment shows what a stack author or a tenant wrote as text, never as markup.</summary>
public class MarkdownEscapingTests
{
    private const string Hostile = "[link](https://evil.example) <img src=x onerror=alert(1)> **bold** | cell";

    [Fact]
    public void AHostilePolicyNameRendersAsTextNotALinkAnImageOrANewCell()
    {
        var markdown = new MarkdownRenderer().Render(PlanCreating(Hostile, declared: "`tick` | pipe"));

        Assert.DoesNotContain("[link](", markdown);
        Assert.Contains(@"\[link\](https://evil.example)", markdown);
        Assert.DoesNotContain("<img", markdown);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", markdown);
        Assert.Contains(@"\*\*bold\*\* \| cell", markdown);
        Assert.Contains("- `state`: `` `tick` | pipe ``", markdown);
    }

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`edge", "`` `edge ``")]
    [InlineData("x|y", "`x\\|y`")]
    public void ACodeSpanHoldsAnyValue(string value, string expected) => Assert.Equal(expected, MarkdownText.Code(value));

    [Fact]
    public void ABlockedPlanLeadsWithACautionAlertNamingTheGate()
    {
        var blocked = PlanCreating("Require MFA", declared: "enabled") with
        {
            CanApply = false,
            Safety = [new SafetyRow("B2B2011", "error", "The policy applies to All users.", "--allow-all-users-without-break-glass", Overridden: false, Blocks: true)],
        };

        var markdown = new MarkdownRenderer().Render(blocked);

        // The verdict, the line that names the commit and the read, then the alert before anything else.
        var lines = markdown.Split('\n');
        Assert.StartsWith("<sub>", lines[2]);
        Assert.Equal("> [!CAUTION]", lines[4]);
        Assert.StartsWith("> **Apply is blocked** by `B2B2011`", lines[5]);
        Assert.DoesNotContain("[!CAUTION]", new MarkdownRenderer().Render(blocked with { CanApply = true, Safety = [] }));
    }

    private static PlanReport PlanCreating(string policyName, string declared)
    {
        var header = new ReportHeader("dev", "0f4e6c1a-0000-4000-8000-000000000001", "Contoso", ReadScope.Full);
        var drift = new DriftReport(header, [], [], new UnmanagedSummary(0, []), []);
        var action = new ActionRow(ChangeKind.Create, ResourceType.ConditionalAccessPolicy, policyName, null, [new PropertyRow("state", declared, "(none)")]);
        return new PlanReport(drift, [action], new PlanSummary(1, 0, 0), [], CanApply: true, []);
    }
}
