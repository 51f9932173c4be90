using Reconciler.Model.Identity;
using Reconciler.Planning.Normalisation;
using Reconciler.Reporting;
using Reconciler.Testing.Identity;

namespace Reconciler.Core.Tests.Identity;

/// <summary>The model's rule and the planner's directory answer the shared table alike.</summary>
public class EmailAddressTests
{
    [Theory]
    [MemberData(nameof(EmailCases.Rows), MemberType = typeof(EmailCases))]
    public void AUserAnswersToAnAddressByTheOneRule(string written, string carriedAs, string address, bool answers)
    {
        var user = EmailCases.User(carriedAs, address);

        Assert.Equal(answers, EmailAddress.AddressesOf(user).Any(a => EmailAddress.Same(a, written)));
        Assert.Equal(answers, new UserDirectory([user]).FindByEmail(written).Count == 1);
    }

    [Theory]
    [MemberData(nameof(EmailCases.Addresses), MemberType = typeof(EmailCases))]
    public void RedactionHidesEveryAddressWhole(string address)
    {
        var redactor = new Redactor("a test key, never a real one"u8.ToArray());

        var redacted = redactor.Text($"guest {address} was invited");

        Assert.Equal($"guest {redactor.Pseudonym(address)} was invited", redacted);
    }

    [Theory]
    [InlineData("jürgen@müller.example", true)]
    [InlineData("alex@fabrikam.example", true)]
    [InlineData("alex@fabrikam", false)]
    [InlineData("alex fabrikam@example.com", false)]
    [InlineData("alex@@fabrikam.example", false)]
    public void TheStackAcceptsAnAddressOfOneShape(string value, bool valid) =>
        Assert.Equal(valid, EmailAddress.IsValid(value));
}
