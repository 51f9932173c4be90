using Reconciler.Core.Reports;

namespace Reconciler.Core.Tests.Reports;

public class RedactorTests
{
    [Fact]
    public void AnEmailBecomesAStableHashOfItsLowerCasedForm()
    {
        Assert.Equal(Redactor.Pseudonym("alex@fabrikam.example"), Redactor.Pseudonym("Alex@Fabrikam.Example"));
        Assert.Matches("^guest-[0-9a-f]{8}$", Redactor.Pseudonym("alex@fabrikam.example"));
    }

    [Fact]
    public void EmailsInsideTextAndJsonValuesAreReplaced()
    {
        var redacted = Redactor.Text("""["alex@fabrikam.example","b0000000-0000-0000-0000-00000000b001"]""");

        Assert.DoesNotContain("@", redacted);
        Assert.Contains("b0000000-0000-0000-0000-00000000b001", redacted);
    }

    [Fact]
    public void ARedactedReportHoldsNoEmailAnywhere()
    {
        var json = new JsonRenderer().Render(Redactor.Redact(ReportScenarios.PlanWithEveryActionKind()));

        Assert.DoesNotContain("@", json);
    }
}
