using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.PulumiMapping;
using Reconciler.PulumiMapping.ConditionalAccess;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class ConditionalAccessPolicyMapperTests
{
    private static readonly HashSet<string> GuestEmails = new([TutorialStack.GuestEmail], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void TutorialPolicyMapsToExactlyTheAzureAdArgs()
    {
        var mapped = ConditionalAccessPolicyMapper.Map(TutorialStack.Policy, GuestEmails);

        Assert.Empty(mapped.Diagnostics);
        var args = mapped.Value;
        Assert.Equal("Require MFA for B2B portal access", args.DisplayName);
        Assert.Equal("enabled", args.State);
        Assert.Equal(["all"], args.Conditions.ClientAppTypes);
        Assert.Equal([TutorialStack.PortalAppId], args.Conditions.Applications.IncludedApplications);
        Assert.Empty(args.Conditions.Applications.ExcludedApplications);
        Assert.Empty(args.Conditions.Applications.IncludedUserActions);
        var guests = Assert.Single(args.Conditions.Users.IncludedGuestsOrExternalUsers);
        Assert.Equal(TutorialStack.AllGuestTypes, guests.GuestOrExternalUserTypes);
        var tenants = Assert.Single(guests.ExternalTenants);
        Assert.Equal("all", tenants.MembershipKind);
        Assert.Empty(tenants.Members);
        Assert.Equal([new UserReference.ExistingUser(TutorialStack.BreakGlass)], args.Conditions.Users.ExcludedUsers);
        Assert.Empty(args.Conditions.Users.IncludedUsers);
        Assert.Empty(args.Conditions.Users.ExcludedGuestsOrExternalUsers);
        Assert.Null(args.Conditions.Platforms);
        Assert.Null(args.Conditions.Locations);
        Assert.Equal("OR", args.GrantControls!.Operator);
        Assert.Equal(["mfa"], args.GrantControls.BuiltInControls);
        Assert.Null(args.GrantControls.AuthenticationStrengthPolicyId);
        Assert.Null(args.SessionControls);
    }

    [Fact]
    public void ExternalTenantsLeftOutAreDeclaredAsAllSoRefreshShowsNoDiff()
    {
        var policy = WithUsers(new ConditionalAccessUsers
        {
            IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers { GuestOrExternalUserTypes = ["b2bCollaborationGuest"] },
        });

        var guests = Assert.Single(ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Value.Conditions.Users.IncludedGuestsOrExternalUsers);

        Assert.Equal("all", Assert.Single(guests.ExternalTenants).MembershipKind);
    }

    [Fact]
    public void EmailsOfDeclaredGuestsResolveThroughTheirInvitation()
    {
        var policy = WithUsers(new ConditionalAccessUsers { IncludeUsers = ["ALEX@fabrikam.example", "All"] });

        var users = ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Value.Conditions.Users;

        Assert.Equal([new UserReference.DeclaredGuest("ALEX@fabrikam.example"), new UserReference.Literal("All")], users.IncludedUsers);
    }

    [Fact]
    public void PolicyWithoutStateOrUsersIsRejectedWithB2B1902()
    {
        var policy = TutorialStack.Policy with
        {
            Body = TutorialStack.Policy.Body with { State = null, Conditions = TutorialStack.Policy.Body.Conditions! with { Users = null } },
        };

        var mapped = ConditionalAccessPolicyMapper.Map(policy, GuestEmails);

        Assert.True(mapped.HasErrors);
        Assert.Equal(2, mapped.Diagnostics.Count(d => d.Code == "B2B1902"));
    }

    [Fact]
    public void AuthenticationContextAndSecureSignInSessionAreRejectedWithB2B1901()
    {
        var body = TutorialStack.Policy.Body;
        var policy = TutorialStack.Policy with
        {
            Body = body with
            {
                Conditions = body.Conditions! with
                {
                    Applications = new ConditionalAccessApplications { IncludeAuthenticationContextClassReferences = ["c1"], IncludeApplications = ["All"] },
                },
                SessionControls = new ConditionalAccessSessionControls { SecureSignInSession = new EnabledSetting { IsEnabled = true } },
            },
        };

        var codes = ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Diagnostics.Select(d => d.Code);

        Assert.Equal(["B2B1901", "B2B1901"], codes);
    }

    [Fact]
    public void SessionControlsAreFlattenedIntoAzureAdScalars()
    {
        var policy = TutorialStack.Policy with
        {
            Body = TutorialStack.Policy.Body with
            {
                SessionControls = new ConditionalAccessSessionControls
                {
                    SignInFrequency = new SignInFrequencySetting { IsEnabled = true, Value = 4, Type = "hours", FrequencyInterval = "timeBased" },
                    PersistentBrowser = new PersistentBrowserSetting { IsEnabled = false, Mode = "always" },
                    CloudAppSecurity = new CloudAppSecuritySetting { IsEnabled = true, CloudAppSecurityType = "monitorOnly" },
                },
            },
        };

        var session = ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Value.SessionControls!;

        Assert.Equal(new SessionControlsModel
        {
            SignInFrequency = 4,
            SignInFrequencyPeriod = "hours",
            SignInFrequencyInterval = "timeBased",
            CloudAppSecurityPolicy = "monitorOnly",
        }, session);
    }

    [Fact]
    public void AuthenticationStrengthIdGetsThePathAzureAdExpects()
    {
        var policy = TutorialStack.Policy with
        {
            Body = TutorialStack.Policy.Body with
            {
                GrantControls = new ConditionalAccessGrantControls { Operator = "OR", AuthenticationStrengthId = "00000000-0000-0000-0000-000000000002" },
            },
        };

        var grant = ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Value.GrantControls!;

        Assert.Equal("/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000002", grant.AuthenticationStrengthPolicyId);
    }

    [Fact]
    public void SeveralInsiderRiskLevelsAreRejectedWithB2B1903()
    {
        var policy = TutorialStack.Policy with
        {
            Body = TutorialStack.Policy.Body with
            {
                Conditions = TutorialStack.Policy.Body.Conditions! with { InsiderRiskLevels = ["minor", "moderate"] },
            },
        };

        var diagnostic = Assert.Single(ConditionalAccessPolicyMapper.Map(policy, GuestEmails).Diagnostics);

        Assert.Equal("B2B1903", diagnostic.Code);
    }

    private static DesiredPolicy WithUsers(ConditionalAccessUsers users) => TutorialStack.Policy with
    {
        Body = TutorialStack.Policy.Body with { Conditions = TutorialStack.Policy.Body.Conditions! with { Users = users } },
    };
}
