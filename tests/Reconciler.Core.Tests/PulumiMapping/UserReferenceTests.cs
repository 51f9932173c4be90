using Reconciler.PulumiMapping;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class UserReferenceTests
{
    private static readonly HashSet<string> Declared = new(["alex@fabrikam.example"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void ObjectIdsAndTokensAreSentAsWritten()
    {
        Assert.Equal(new UserReference.Literal("GuestsOrExternalUsers"), UserReference.From("GuestsOrExternalUsers", Declared));
        Assert.Equal(new UserReference.Literal("9a1c0000-0000-4000-8000-000000000001"), UserReference.From("9a1c0000-0000-4000-8000-000000000001", Declared));
    }

    [Fact]
    public void AnInvitedAddressIsADeclaredGuestAndAnyOtherAddressAnExistingUser()
    {
        Assert.Equal(new UserReference.DeclaredGuest("Alex@Fabrikam.example"), UserReference.From("Alex@Fabrikam.example", Declared));
        Assert.Equal(new UserReference.ExistingUser("breakglass@contoso.example"), UserReference.From("breakglass@contoso.example", Declared));
    }
}
