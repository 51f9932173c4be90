using System.Text;
using Reconciler.Graph.Guests;
using Reconciler.Testing.Identity;

namespace Reconciler.Graph.Tests;

/// <summary>Pages are matched on their raw UTF-8; that must find exactly what matching the decoded text finds.</summary>
public class EmailMatcherTests
{
    private static readonly EmailMatcher Matcher = new(["alex@fabrikam.example", "  Zoë@Contoso.example ", "o'brien@partner.example"]);

    [Theory]
    [InlineData("alex@fabrikam.example", false)]
    [InlineData("ALEX@Fabrikam.EXAMPLE", false)]
    [InlineData("alex_fabrikam.example#EXT#@contoso.onmicrosoft.com", true)]
    [InlineData("alex_fabrikam.example#ext#@contoso.onmicrosoft.com", false)]
    [InlineData("zoë@contoso.example", false)]
    [InlineData("ZOË@CONTOSO.EXAMPLE", false)]
    [InlineData("zoë_contoso.example#EXT#@contoso.onmicrosoft.com", true)]
    [InlineData("o'brien@partner.example", false)]
    [InlineData("someone@else.example", false)]
    [InlineData("_fabrikam.example#EXT#@contoso.onmicrosoft.com", true)]
    [InlineData("#EXT#@contoso.onmicrosoft.com", true)]
    [InlineData("", true)]
    public void RawBytesMatchWhatTheDecodedTextMatches(string candidate, bool isPrincipalName)
    {
        var fromText = new List<string>();
        var fromBytes = new List<string>();

        Matcher.Collect(candidate.AsSpan(), isPrincipalName, fromText);
        Matcher.Collect(Encoding.UTF8.GetBytes(candidate).AsSpan(), isPrincipalName, fromBytes);

        Assert.Equal(fromText, fromBytes);
    }

    [Fact]
    public void AnInvitedGuestsPrincipalNameLeadsBackToItsEmail()
    {
        var matches = new List<string>();

        Matcher.Collect("alex_fabrikam.example#EXT#@contoso.onmicrosoft.com"u8, isPrincipalName: true, matches);

        Assert.Equal(["alex@fabrikam.example"], matches);
    }

    [Theory]
    [MemberData(nameof(EmailCases.Rows), MemberType = typeof(EmailCases))]
    public void AUserAnswersToAnAddressAsTheModelSays(string written, string carriedAs, string address, bool answers)
    {
        var matcher = new EmailMatcher([written]);
        var fromBytes = new List<string>();

        matcher.Collect(Encoding.UTF8.GetBytes(address).AsSpan(), isPrincipalName: carriedAs == "upn", fromBytes);

        Assert.Equal(answers, matcher.Matches(EmailCases.User(carriedAs, address)).Count == 1);
        Assert.Equal(answers, fromBytes.Count == 1);
    }
}
