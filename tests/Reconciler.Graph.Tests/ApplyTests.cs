using Reconciler.Graph.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

public class ApplyTests
{
    private static readonly SnapshotRequest Alex = new(["alex@fabrikam.example"], ReadScope.Declared);

    [Fact]
    public async Task GuestIsInvitedUpdatedAndDeletedWithRequestIds()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);

        var invited = await port.ApplyAsync(new InviteGuest(new DesiredGuest { Email = "alex@fabrikam.example", DisplayName = "Alex", InvitationMessage = "Welcome" }), CancellationToken.None);
        var updated = await port.ApplyAsync(new UpdateGuest(invited.ObjectId!, "alex@fabrikam.example", "Alex Wilber", AccountEnabled: false), CancellationToken.None);
        var user = Assert.Single((await port.ReadAsync(Alex, CancellationToken.None)).Users);
        var deleted = await port.ApplyAsync(new DeleteGuest(invited.ObjectId!, "alex@fabrikam.example"), CancellationToken.None);

        Assert.All([invited, updated, deleted], o => Assert.True(o.Succeeded && o.RequestId is not null, o.Failure?.ToString()));
        Assert.Equal(("Alex Wilber", false, "Guest"), (user.DisplayName, user.AccountEnabled, user.UserType));
        var after = await port.ReadAsync(Alex, CancellationToken.None);
        Assert.Empty(after.Users);
        Assert.Single(after.DeletedUsers);
    }

    [Fact]
    public async Task PolicyIsCreatedPatchedWithOnlyTheSetPropertiesAndDeleted()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var body = Samples.GuestMfa("Guests MFA");

        var created = await port.ApplyAsync(new CreatePolicy(body), CancellationToken.None);
        var patched = await port.ApplyAsync(new UpdatePolicy(created.ObjectId!, body.DisplayName, new PolicyPatch { State = "disabled" }), CancellationToken.None);
        var live = Assert.Single((await port.ReadAsync(Alex, CancellationToken.None)).ConditionalAccessPolicies);
        var deleted = await port.ApplyAsync(new DeletePolicy(created.ObjectId!, body.DisplayName), CancellationToken.None);

        Assert.All([created, patched, deleted], o => Assert.True(o.Succeeded && o.RequestId is not null, o.Failure?.ToString()));
        Assert.Equal("disabled", live.Body.State);
        Assert.Equal(["mfa"], live.Body.GrantControls!.BuiltInControls!);
        Assert.Empty((await port.ReadAsync(Alex, CancellationToken.None)).ConditionalAccessPolicies);
    }

    [Fact]
    public async Task APatchWritesTheDeclaredBlocksWholeClearingWhatTheTenantAdded()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var body = Samples.GuestMfa("Guests MFA");
        var widened = body with
        {
            Conditions = body.Conditions! with
            {
                Platforms = new() { IncludePlatforms = ["all"], ExcludePlatforms = ["linux"] },
                SignInRiskLevels = ["high"],
                InsiderRiskLevels = ["elevated"],
            },
            SessionControls = new() { SignInFrequency = new() { IsEnabled = true, Type = "days", Value = 90, FrequencyInterval = "timeBased" } },
        };
        var created = await port.ApplyAsync(new CreatePolicy(widened), CancellationToken.None);

        var patch = new PolicyPatch { Conditions = body.Conditions, ClearsSessionControls = true };
        var patched = await port.ApplyAsync(new UpdatePolicy(created.ObjectId!, body.DisplayName, patch), CancellationToken.None);
        var live = Assert.Single((await port.ReadAsync(Alex, CancellationToken.None)).ConditionalAccessPolicies).Body;

        Assert.All([created, patched], o => Assert.True(o.Succeeded, o.Failure?.ToString()));
        Assert.Equal((null, null, null), (live.Conditions!.Platforms, live.Conditions.InsiderRiskLevels, live.SessionControls));
        Assert.Empty(live.Conditions.SignInRiskLevels!);
    }

    [Fact]
    public async Task DefaultIsPatchedAndResetAndPartnerIsCreatedPatchedAndDeleted()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var trust = new Reconciler.Model.CrossTenant.CrossTenantSettings { InboundTrust = new() { IsMfaAccepted = true } };

        var outcomes = new List<ActionOutcome>
        {
            await port.ApplyAsync(new UpdateCrossTenantDefault(trust), CancellationToken.None),
            await port.ApplyAsync(new ResetCrossTenantDefault(), CancellationToken.None),
            await port.ApplyAsync(new CreatePartner(Samples.Fabrikam, trust), CancellationToken.None),
            await port.ApplyAsync(new UpdatePartner(Samples.Fabrikam, new() { InboundTrust = new() { IsMfaAccepted = false } }), CancellationToken.None),
        };
        var snapshot = await port.ReadAsync(Alex, CancellationToken.None);
        outcomes.Add(await port.ApplyAsync(new DeletePartner(Samples.Fabrikam), CancellationToken.None));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Failure?.ToString()));
        Assert.True(snapshot.CrossTenantDefault.IsServiceDefault);
        Assert.False(Assert.Single(snapshot.Partners).Settings.InboundTrust!.IsMfaAccepted);
        Assert.Empty((await port.ReadAsync(Alex, CancellationToken.None)).Partners);
    }

    [Fact]
    public async Task AClearedPartnerBlockIsSentAsNullSoThePartnerInheritsAgain()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var trust = new Reconciler.Model.CrossTenant.CrossTenantSettings { InboundTrust = new() { IsMfaAccepted = true } };
        await port.ApplyAsync(new CreatePartner(Samples.Fabrikam, trust), CancellationToken.None);

        var cleared = await port.ApplyAsync(new UpdatePartner(Samples.Fabrikam, new(), ["inboundTrust"]), CancellationToken.None);
        var partner = Assert.Single((await port.ReadAsync(Alex, CancellationToken.None)).Partners);

        Assert.True(cleared.Succeeded, cleared.Failure?.ToString());
        Assert.Null(partner.Settings.InboundTrust);
    }

    [Fact]
    public async Task ForbiddenWriteNamesThePermissionAndIsPredictedBeforehand()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        var actions = new PlannedAction[] { new InviteGuest(new DesiredGuest { Email = "alex@fabrikam.example" }), new CreatePolicy(Samples.GuestMfa("p")) };

        var outcome = await port.ApplyAsync(actions[0], CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal("B2B3003", outcome.Failure!.Code);
        Assert.Contains("User.Invite.All", outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(["Application.Read.All", "Policy.ReadWrite.ConditionalAccess", "User.Invite.All"], port.MissingPermissions(actions));
    }

    [Fact]
    public async Task UpdatingAGuestThatIsGoneIsB2B3004AndInvalidPolicyCarriesGraphsMessage()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);

        var gone = await port.ApplyAsync(new UpdateGuest("5f0c0000-0000-4000-8000-000000000000", "gone@fabrikam.example", "x", null), CancellationToken.None);
        var invalid = await port.ApplyAsync(new CreatePolicy(new() { DisplayName = "No conditions", State = "enabled" }), CancellationToken.None);

        Assert.Equal("B2B3004", gone.Failure!.Code);
        Assert.Equal("B2B3005", invalid.Failure!.Code);
        Assert.NotNull(invalid.RequestId);
    }
}
