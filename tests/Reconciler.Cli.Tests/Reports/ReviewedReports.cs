using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// The reports a reviewer approves, each made the way a pull request makes it: a stack and a seeded local tenant,
/// then the real command writing its text and markdown. The golden files (Baselines/reports/) and the browser check
/// read the same ones.
/// </summary>
internal static partial class ReviewedReports
{
    public const string Commit = "4f2a9c1e7b3d5a6f8e0c2b4d6a8f0e1c3b5d7a9f";

    public static readonly string[] Names = ["sample.plan", "sample.drift", "create-heavy.plan", "blocked.plan", "weakening.drift"];

    /// <summary>The plans and drift whose HTML is opened in a browser.</summary>
    public static readonly string[] HtmlNames = ["sample.plan", "sample.drift", "create-heavy.plan"];

    /// <summary>The evidence pages: the sample's month of sign-ins, and a promotion the service saw fail, which requireEvidence makes blocking.</summary>
    public static readonly string[] EvidenceNames = ["sample.evidence", "blocked.evidence"];

    /// <summary>The HTML <c>reconciler evidence</c> writes for one of <see cref="EvidenceNames"/>, with the read time made stable.</summary>
    public static async Task<string> RenderEvidenceHtmlAsync(string name)
    {
        var blocked = name == "blocked.evidence";
        await using var tenant = blocked ? await TenantFixture.StartWithSeedAsync(await LegacyBlockTenant.SeedAsync()) : await TenantFixture.StartWithSampleAsync();
        using var stack = blocked ? StackFolder.With(LegacyBlockTenant.Stack) : StackFolder.WithSample();
        if (blocked)
        {
            stack.Edit("  b2b:breakGlassAccounts:", "  b2b:promotion: requireEvidence\n  b2b:breakGlassAccounts:");
        }

        var run = await tenant.RunAsync(stack, ["evidence", "--commit", Commit, "--out", "report.html"]);

        Assert.True(run.ExitCode == 0, run.All);
        // The seeded sign-ins are dated back from the tenant's start, so their times change from run to run.
        return SignInTime().Replace(Stable(File.ReadAllText(Path.Combine(stack.Path, "report.html"))), "YYYY-MM-DD hh:mmZ");
    }

    /// <summary>The text, markdown and HTML of one scenario, with the read time made stable.</summary>
    public static async Task<(string Text, string Markdown, string Html)> RenderAsync(string name)
    {
        // The sample scenarios start from the tenant `graphUrl: local` seeds, as the README's tutorial does.
        await using var tenant = name.StartsWith("sample.", StringComparison.Ordinal) ? await TenantFixture.StartWithSampleAsync() : await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var command = await SetUpAsync(name, tenant, stack);

        var run = await tenant.RunAsync(stack, [command, "--commit", Commit, "--out", "report.txt", "--out", "report.md", "--out", "report.html"]);

        Assert.True(run.ExitCode is 1 or 2, run.All);
        string Read(string file) => Stable(File.ReadAllText(Path.Combine(stack.Path, file)));
        return (Read("report.txt"), Read("report.md"), Read("report.html"));
    }

    private static async Task<string> SetUpAsync(string name, TenantFixture tenant, StackFolder stack)
    {
        switch (name)
        {
            case "sample.plan":
                // The repository's stack against the sample tenant: a partner to add, a guest and a policy to change.
                return "plan";
            case "sample.drift":
                return "drift";
            case "create-heavy.plan":
                // A partner, 30 more guests and a policy, into an empty tenant.
                stack.Edit("  b2b:conditionalAccessPolicies:\n", ThirtyGuests() + "  b2b:conditionalAccessPolicies:\n");
                return "plan";
            case "blocked.plan":
                // An All-users policy that does not exclude the break-glass account: B2B2011 blocks apply.
                stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [All]\n");
                return "plan";
            case "weakening.drift":
                // Applied, then weakened in the portal: the policy no longer covers B2B members, and is report-only.
                Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
                var policy = tenant.PoliciesNamed("Require MFA for B2B portal access").Single();
                var conditions = policy["conditions"]!.DeepClone().AsObject();
                // On the wire Graph gives the types as one comma-separated string.
                var external = conditions["users"]!["includeGuestsOrExternalUsers"]!.AsObject();
                external["guestOrExternalUserTypes"] = string.Join(',', ((string)external["guestOrExternalUserTypes"]!).Split(',').Where(t => t != "b2bCollaborationMember"));
                var patch = new JsonObject { ["state"] = "enabledForReportingButNotEnforced", ["conditions"] = conditions };
                await tenant.ByHandAsync(HttpMethod.Patch, $"identity/conditionalAccess/policies/{policy["id"]}", patch.ToJsonString());
                return "drift";
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "not a reviewed report");
        }
    }

    /// <summary>Thirty guests after the sample's one (the guest list ends where the policies begin), all from the partner it declares.</summary>
    private static string ThirtyGuests()
    {
        var yaml = new StringBuilder();
        for (var i = 1; i <= 30; i++)
        {
            yaml.Append($"    - email: guest{i:00}@fabrikam.example\n      displayName: Guest {i:00} (Fabrikam)\n");
        }

        return yaml.ToString();
    }

    /// <summary>The one part of a report that changes from run to run.</summary>
    private static string Stable(string report) => ReadTime().Replace(report, "tenant read 2026-12-03 09:30:00Z");

    [GeneratedRegex(@"\b\d{4}-\d\d-\d\d \d\d:\d\dZ")]
    private static partial Regex SignInTime();

    [GeneratedRegex(@"tenant read \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ")]
    private static partial Regex ReadTime();
}
