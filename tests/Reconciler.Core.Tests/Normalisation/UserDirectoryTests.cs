using Reconciler.Core.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Core.Tests.Normalisation;

public sealed class UserDirectoryTests
{
    [Fact]
    public void InvitedGuestIsFoundByTheAddressItsExternalPrincipalNameWasBuiltFrom()
    {
        var guest = Some.LiveGuest("alex@fabrikam.example") with { Mail = null };

        var found = new UserDirectory([guest]).FindByEmail("ALEX@Fabrikam.example");

        Assert.Equal([guest], found);
    }

    [Fact]
    public void UserAnsweringToAnEmailTwiceIsFoundOnceInTheOrderGiven()
    {
        var member = new LiveUser { Id = "m1", Mail = "sam@contoso.example", UserPrincipalName = "sam@contoso.example", UserType = "Member" };
        var guest = Some.LiveGuest("sam@contoso.example", id: "g1") with { OtherMails = ["sam@contoso.example"] };

        var found = new UserDirectory([guest, member]).FindByEmail("sam@contoso.example");

        Assert.Equal([guest, member], found);
    }

    [Fact]
    public void PrefixOfAnotherAddressDoesNotMatch()
    {
        var guest = Some.LiveGuest("alexander@fabrikam.example");

        Assert.Empty(new UserDirectory([guest]).FindByEmail("alex@fabrikam.example"));
    }
}
