using System.Net;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

/// <summary>The local tenant accepts unsigned tokens, so it listens on loopback only and answers only to its own address.</summary>
public sealed class LoopbackOnlyTests
{
    [Fact]
    public async Task AKestrelEndpointInTheEnvironmentAddsNoListener()
    {
        const string Variable = "ASPNETCORE_Kestrel__Endpoints__pub__Url";
        Environment.SetEnvironmentVariable(Variable, "http://0.0.0.0:0");
        try
        {
            await using var tenant = await Harness.StartAsync();

            var bound = Assert.Single(tenant.ListeningOn);
            Assert.Equal("127.0.0.1", bound.Host);
            Assert.Equal(tenant.BaseUrl.Port, bound.Port);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Theory]
    [InlineData("attacker.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("127.0.0.2", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task OnlyItsOwnAddressOrLocalhostIsAnswered(string host, HttpStatusCode expected)
    {
        await using var tenant = await Harness.StartAsync();
        using var http = Harness.Raw(tenant, tenant.CreateToken("User.Read.All"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(tenant.BaseUrl + "/users"));
        request.Headers.Host = $"{host}:{tenant.BaseUrl.Port}";

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TheRightNameOnAnotherPortIsNotAnswered()
    {
        await using var tenant = await Harness.StartAsync();
        using var http = Harness.Raw(tenant, tenant.CreateToken("User.Read.All"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(tenant.BaseUrl + "/users"));
        request.Headers.Host = $"127.0.0.1:{tenant.BaseUrl.Port + 1}";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }
}
