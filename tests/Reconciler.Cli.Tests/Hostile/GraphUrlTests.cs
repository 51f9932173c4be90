using Reconciler.Testing.Running;
using Reconciler.Testing.Stacks;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>A stack in a pull request cannot point the pipeline at a Graph of its choosing.</summary>
public class GraphUrlTests
{
    [Theory]
    [InlineData("https://attacker.example/v1.0")]
    [InlineData("https://graph.microsoft.com:8443/v1.0")]
    [InlineData("http://graph.microsoft.com/v1.0")]
    [InlineData("https://graph.microsoft.com.attacker.example/v1.0")]
    public async Task AGraphUrlThatIsNotMicrosoftGraphOrLoopbackIsAnErrorAtValidate(string url)
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("b2b:graphUrl: local", $"b2b:graphUrl: {url}");

        var validate = await CliRunner.RunAsync(stack.Path, "validate");
        var plan = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string> { ["AZURE_CLIENT_ID"] = "x", ["AZURE_TENANT_ID"] = "y", ["AZURE_CLIENT_SECRET"] = "z" }, "plan");

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("error B2B3017", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("error B2B3017", plan.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("B2B3011", plan.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0")]
    [InlineData("https://graph.microsoft.us/v1.0")]
    [InlineData("https://dod-graph.microsoft.us/beta")]
    [InlineData("https://microsoftgraph.chinacloudapi.cn/v1.0")]
    [InlineData("http://127.0.0.1:5055/v1.0")]
    [InlineData("http://localhost:5055/v1.0")]
    public async Task MicrosoftGraphCloudsAndLoopbackValidate(string url)
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("b2b:graphUrl: local", $"b2b:graphUrl: {url}");

        var validate = await CliRunner.RunAsync(stack.Path, "validate");

        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public async Task AnExplicitFlagNamingTheUrlAcceptsIt()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("b2b:graphUrl: local", "b2b:graphUrl: https://gateway.contoso.example/v1.0");

        var named = await CliRunner.RunAsync(stack.Path, "validate", "--allow-graph-url", "https://gateway.contoso.example/v1.0");
        var other = await CliRunner.RunAsync(stack.Path, "validate", "--allow-graph-url", "https://other.contoso.example/v1.0");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(1, other.ExitCode);
    }
}
