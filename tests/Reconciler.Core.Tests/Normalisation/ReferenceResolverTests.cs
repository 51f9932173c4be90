using Reconciler.Core.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Core.Tests.Normalisation;

public class ReferenceResolverTests
{
    private static ReferenceResolver Resolver(params LiveUser[] users) =>
        ReferenceResolver.For(Some.Tenant(users: users), [Some.GuestEmail]);

    [Theory]
    [InlineData("All")]
    [InlineData("none")]
    [InlineData("GuestsOrExternalUsers")]
    [InlineData("b0000000-0000-0000-0000-00000000b001")]
    public void TokensAndObjectIdsPassThrough(string reference) =>
        Assert.Equal(reference, Resolver().Resolve(reference, "policy 'P'", null));

    [Fact]
    public void AnEmailResolvesThroughMailIgnoringCase() =>
        Assert.Equal(Some.BreakGlassId, Resolver(Some.BreakGlass()).Resolve("BreakGlass@Contoso.Example", "policy 'P'", null));

    [Fact]
    public void AnEmailResolvesThroughOtherMails()
    {
        var user = Some.BreakGlass() with { Mail = null, UserPrincipalName = "bg@contoso.onmicrosoft.com", OtherMails = [Some.BreakGlassEmail] };
        Assert.Equal(Some.BreakGlassId, Resolver(user).Resolve(Some.BreakGlassEmail, "policy 'P'", null));
    }

    [Fact]
    public void AGuestEmailResolvesThroughItsExternalUpn()
    {
        var guest = Some.LiveGuest() with { Mail = null };
        Assert.Equal(guest.Id, Resolver(guest).Resolve(Some.GuestEmail, "policy 'P'", null));
    }

    [Fact]
    public void ADeclaredGuestNotYetInvitedStaysAnEmailAndIsPending()
    {
        var resolver = Resolver();

        Assert.Equal(Some.GuestEmail, resolver.Resolve(Some.GuestEmail, "policy 'P'", null));
        Assert.Contains(Some.GuestEmail, resolver.Pending);
        Assert.Empty(resolver.Diagnostics);
    }

    [Fact]
    public void AnUnknownEmailIsReportedWithB2B2001()
    {
        var resolver = Resolver();

        Assert.Equal("nobody@contoso.example", resolver.Resolve("nobody@contoso.example", "policy 'P'", null));
        Assert.Equal("B2B2001", Assert.Single(resolver.Diagnostics).Code);
    }

    [Fact]
    public void AnEmailMatchingTwoUsersIsReportedWithB2B2002()
    {
        var resolver = Resolver(Some.BreakGlass(), Some.BreakGlass() with { Id = "b0000000-0000-0000-0000-00000000b002" });

        resolver.Resolve(Some.BreakGlassEmail, "policy 'P'", null);

        Assert.Equal("B2B2002", Assert.Single(resolver.Diagnostics).Code);
    }
}
