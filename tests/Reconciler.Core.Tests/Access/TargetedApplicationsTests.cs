using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

public class TargetedApplicationsTests
{
    private static readonly string[] Representative = [ExchangeOnline, "rep-app"];

    [Fact]
    public void TheTutorialPolicyTargetsTheAzureManagementApp()
    {
        var apps = TargetedApplications.For([Alex], [new(GuestMfaPolicy)], Representative);

        Assert.Equal([AzureManagementApp], apps);
    }

    [Fact]
    public void AllStandsForTheRepresentativeAppsAndGroupsForTheirKnownMembers()
    {
        var all = GuestMfaPolicy.WithConditions(c => c with { Applications = new() { IncludeApplications = ["All"], ExcludeApplications = ["rep-app"] } });
        var office = GuestMfaPolicy.WithConditions(c => c with { Applications = new() { IncludeApplications = ["Office365"] } });

        var apps = TargetedApplications.For([Alex], [new(all), new(office)], Representative);

        Assert.Equal([ExchangeOnline, "00000003-0000-0ff1-ce00-000000000000", "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", "00000004-0000-0ff1-ce00-000000000000"], apps);
    }

    [Fact]
    public void PoliciesThatDoNotCoverTheGuestsOrAreDisabledTargetNothing()
    {
        var disabled = GuestMfaPolicy with { State = PolicyState.Disabled };
        var breakGlassOnly = SignInUser.Guest(BreakGlass, FabrikamTenant);

        Assert.Empty(TargetedApplications.For([Alex], [new(disabled)], Representative));
        Assert.Empty(TargetedApplications.For([breakGlassOnly], [new(GuestMfaPolicy)], Representative));
    }
}
