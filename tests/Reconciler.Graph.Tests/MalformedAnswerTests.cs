using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

public class MalformedAnswerTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SpoiledAnswerBecomesB2B3008NotAnUnhandledException(bool html)
    {
        await using var tenant = await Local.StartAsync();
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with
        {
            FinalHandler = new CorruptingHandler("/identity/conditionalAccess/policies", html),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
        Assert.DoesNotContain("eyJ", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"state\":\"", "\"state\":1,\"was\":\"")]
    [InlineData("\"builtInControls\":[", "\"builtInControls\":[7,")]
    public async Task APolicyTheSdkCannotReadIsB2B3008NotAnUnhandledException(string original, string spoiled)
    {
        await using var tenant = await Local.StartAsync();
        await (await Local.ConnectAsync(tenant)).ApplyAsync(new CreatePolicy(Samples.GuestMfa("Guests MFA")), CancellationToken.None);
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with
        {
            FinalHandler = CorruptingHandler.Rewriting("/identity/conditionalAccess/policies", body => body.Replace(original, spoiled, StringComparison.Ordinal)),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task AUserLookupOfTheWrongShapeIsB2B3008NotAnEmptyAnswer()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddMember("breakglass@contoso.example", "Break Glass");
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users", Kind = FaultKind.WrongTypes });
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest(["breakglass@contoso.example"], ReadScope.Declared), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task ALookupAnswerListingSomethingOtherThanUsersIsB2B3008NotAMissingUser()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddMember("breakglass@contoso.example", "Break Glass");
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with
        {
            FinalHandler = CorruptingHandler.Rewriting("/$batch", body => body.Replace("\"value\":[{", "\"value\":[\"breakglass\",{", StringComparison.Ordinal)),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest(["breakglass@contoso.example"], ReadScope.Declared), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task ASpoiledReadAfterABatchedPolicyCreateFailsThatCreateInsteadOfEscaping()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/identity/conditionalAccess/policies", Kind = FaultKind.WrongTypes });
        var port = await Local.ConnectAsync(tenant);

        var outcome = Assert.Single(await port.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None));

        Assert.False(outcome.Succeeded);
        Assert.Equal("B2B3008", outcome.Failure!.Code);
    }
}
