using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// A read that comes back cut off, of the wrong shape, as a gateway's HTML page or as a 50 MB flood ends the run with a
/// B2B3xxx line before anything is written; nothing crashes.
/// </summary>
public class MalformedAnswerTests
{
    private static readonly string[] ReadRoutes =
        ["/users", "/identity/conditionalAccess/policies", "/policies/crossTenantAccessPolicy/default", "/policies/crossTenantAccessPolicy/partners", "/organization"];

    public static TheoryData<string, FaultKind> Answers()
    {
        var data = new TheoryData<string, FaultKind>();
        foreach (var route in ReadRoutes)
        {
            foreach (var kind in new[] { FaultKind.Truncated, FaultKind.WrongTypes, FaultKind.Html })
            {
                data.Add(route, kind);
            }
        }
        data.Add("/users", FaultKind.Huge);
        data.Add("/identity/conditionalAccess/policies", FaultKind.Huge);
        return data;
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task AMalformedReadStopsApplyWithATenantCodeAndNoWrite(string route, FaultKind kind)
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        tenant.Tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = route, Kind = kind });

        var apply = await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes");

        Expect.CodedFailure(apply, $"{kind} on {route}");
        Assert.StartsWith("B2B3", Outcomes.CodeOf(apply));
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }
}
