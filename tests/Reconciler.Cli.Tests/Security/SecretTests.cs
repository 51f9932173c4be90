using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;
using Reconciler.Testing.Stacks;

namespace Reconciler.Cli.Tests.Security;

/// <summary>At the most verbose level, nothing a person could use to sign in or decrypt lands in output, logs or reports.</summary>
public class SecretTests
{
    private const string ClientSecret = "super-secret-value";
    private const string SecureValue = "v1:AAABBBsecureCIPHERTEXT";
    private const string OtherTenant = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";

    [Fact]
    public async Task NoTokenClientSecretOrSecureValueIsEverWrittenAnywhere()
    {
        await using var tenant = await TenantFixture.StartAsync();
        var sample = File.ReadAllText(Path.Combine(Repository.Root, "Pulumi.dev.yaml"));
        using var stack = StackFolder.With(sample.Replace("config:\n", $"config:\n  azuread:clientSecret:\n    secure: {SecureValue}\n", StringComparison.Ordinal));
        var token = tenant.Tenant.CreateToken([.. LocalTenant.AllRoles]);
        var written = new List<string>();

        foreach (var (runToken, args) in new (string, string[])[]
        {
            (token, ["drift"]), (token, ["plan"]), (token, ["apply", "--yes"]), (token, ["drift", "-o", "json"]),
            (tenant.Tenant.CreateToken(OtherTenant, [.. LocalTenant.AllRoles]), ["drift"]),
            ("eyJnot.a-token", ["plan"]),
        })
        {
            var report = Path.Combine(stack.Path, $"report-{written.Count}.txt");
            var environment = FastRetries.Environment(runToken);
            environment["AZURE_CLIENT_SECRET"] = ClientSecret;
            var result = await CliRunner.RunAsync(stack.Path, environment, [.. args, "-v", "diagnostic", "--out", report, "--graph-url", tenant.GraphUrl]);
            written.Add(result.All + (File.Exists(report) ? File.ReadAllText(report) : ""));
        }

        Assert.Contains("A fresh plan is empty", written[2]);
        Assert.Contains("B2B3001", written[4]);
        Assert.Contains(written, w => w.Contains("B2B3", StringComparison.Ordinal));
        Assert.All(written, text =>
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("eyJ", text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SecureValue, text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    public async Task RedactedReportsNameNoGuest(string format)
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var report = Path.Combine(stack.Path, "drift." + format);

        var drift = await FastRetries.RunAsync(tenant.Tenant, stack, "drift", "--redact", "-o", format, "--out", report);

        Assert.Equal(2, drift.ExitCode);
        var text = File.ReadAllText(report) + drift.Stdout;
        Assert.DoesNotMatch(@"[\w.+-]+@(fabrikam|northwind|contoso)\.example", text);
    }
}
