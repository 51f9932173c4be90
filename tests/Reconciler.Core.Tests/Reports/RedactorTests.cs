using System.Text;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

public class RedactorTests
{
    private static readonly Redactor Keyed = new(Encoding.UTF8.GetBytes("a test key, never a real one"));

    [Fact]
    public void AnEmailBecomesAStableKeyedHashOfItsLowerCasedForm()
    {
        Assert.Equal(Keyed.Pseudonym("alex@fabrikam.example"), Keyed.Pseudonym("Alex@Fabrikam.Example"));
        Assert.Matches("^guest-[0-9a-f]{12}$", Keyed.Pseudonym("alex@fabrikam.example"));
    }

    [Fact]
    public void WithoutTheKeyAGuessCannotBeChecked()
    {
        var otherKey = new Redactor(Encoding.UTF8.GetBytes("another key"));
        var unkeyed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("alex@fabrikam.example")));

        Assert.NotEqual(Keyed.Pseudonym("alex@fabrikam.example"), otherKey.Pseudonym("alex@fabrikam.example"));
        Assert.DoesNotContain(Keyed.Pseudonym("alex@fabrikam.example")[6..], unkeyed, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailsInsideTextAndJsonValuesAreReplaced()
    {
        var redacted = Keyed.Text("""["alex@fabrikam.example","b0000000-0000-0000-0000-00000000b001"]""");

        Assert.DoesNotContain("@", redacted);
        Assert.Contains("b0000000-0000-0000-0000-00000000b001", redacted);
    }

    [Fact]
    public void ARedactedReportHoldsNoEmailAndNoGuestName()
    {
        var plan = ReportScenarios.PlanWithEveryActionKind();
        var names = plan.Actions.Where(a => a.ResourceType == Reconciler.Model.Planning.ResourceType.Guest)
            .SelectMany(a => a.Properties.Where(p => p.Path == "displayName").SelectMany(p => new[] { p.Declared, p.Live }))
            .Where(n => n.Length > 2 && n != "null").ToList();

        var json = new JsonRenderer().Render(Keyed.Redact(plan));

        Assert.NotEmpty(names);
        Assert.DoesNotContain("@", json);
        Assert.All(names, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
    }
}
