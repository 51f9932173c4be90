using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>--redact pseudonyms are keyed (nobody without the key can test a guess) and guest names are hidden.</summary>
public partial class RedactionKeyTests
{
    [Fact]
    public async Task PseudonymsFollowTheKeyAndNamesAreHidden()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var first = await RedactedDriftAsync(tenant, stack, key: null);
        var again = await RedactedDriftAsync(tenant, stack, key: null);
        var keyed = await RedactedDriftAsync(tenant, stack, key: "pipeline secret");

        Assert.Equal(Pseudonyms(first), Pseudonyms(again));
        Assert.NotEmpty(Pseudonyms(first));
        Assert.Empty(Pseudonyms(first).Intersect(Pseudonyms(keyed)));
        Assert.DoesNotContain("Alex Wilber", first, StringComparison.Ordinal);
        Assert.Contains("(name hidden)", first, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(stack.Path, ".reconciler", "redact.key")));
        }
    }

    private static async Task<string> RedactedDriftAsync(TenantFixture tenant, StackFolder stack, string? key)
    {
        var environment = FastRetries.Environment();
        if (key is not null)
        {
            environment["RECONCILER_REDACT_KEY"] = key;
        }
        var drift = await CliRunner.RunAsync(stack.Path, environment, "drift", "--redact", "--graph-url", tenant.GraphUrl);
        Assert.Equal(2, drift.ExitCode);
        return drift.Stdout;
    }

    private static HashSet<string> Pseudonyms(string report) => [.. Pseudonym().Matches(report).Select(m => m.Value)];

    [GeneratedRegex("guest-[0-9a-f]{12}")]
    private static partial Regex Pseudonym();
}
