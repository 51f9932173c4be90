using Reconciler.PulumiMapping;
using Reconciler.PulumiMapping.Invitations;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class InvitationMapperTests
{
    [Fact]
    public void TutorialGuestMapsToAnInvitationThatSendsTheEmail()
    {
        var mapped = InvitationMapper.Map(TutorialStack.Guest);

        Assert.Empty(mapped.Diagnostics);
        Assert.Equal(
            new InvitationArgsModel(
                "alex@fabrikam.example",
                "https://myapps.microsoft.com",
                "Alex Wilber (Fabrikam)",
                "Guest",
                new InvitationMessageModel(Body: null, AdditionalRecipients: null, Language: "en-US")),
            mapped.Value);
        Assert.True(mapped.Value.SendsInvitationMessage);
    }

    [Fact]
    public void ADeclaredB2BMemberIsInvitedAsAMemberSoBothEnginesAgree() =>
        Assert.Equal("Member", InvitationMapper.Map(TutorialStack.Guest with { UserType = "Member" }).Value.UserType);

    [Fact]
    public void GuestWithoutSendInvitationMessageGetsNoMessageBlockAndNoEmail()
    {
        var mapped = InvitationMapper.Map(TutorialStack.Guest with { SendInvitationMessage = null, RedirectUrl = null });

        Assert.Null(mapped.Value.Message);
        Assert.Equal("https://myapps.microsoft.com", mapped.Value.RedirectUrl);
    }

    [Fact]
    public void CustomBodyReplacesTheLanguageWhichConflictsWithIt()
    {
        var mapped = InvitationMapper.Map(TutorialStack.Guest with { InvitationMessage = "Welcome to the portal" });

        Assert.Equal(new InvitationMessageModel("Welcome to the portal", null, null), mapped.Value.Message);
    }

    [Fact]
    public void AccountEnabledIsRejectedWithB2B1901BecauseInvitationCannotManageIt()
    {
        var mapped = InvitationMapper.Map(TutorialStack.Guest with { AccountEnabled = false });

        Assert.Equal("B2B1901", Assert.Single(mapped.Diagnostics).Code);
        Assert.True(mapped.HasErrors);
    }

    [Fact]
    public void BodyWithoutSendingIsAWarningB2B1904()
    {
        var mapped = InvitationMapper.Map(TutorialStack.Guest with { SendInvitationMessage = false, InvitationMessage = "Hi" });

        Assert.Equal("B2B1904", Assert.Single(mapped.Diagnostics).Code);
        Assert.False(mapped.HasErrors);
    }
}
