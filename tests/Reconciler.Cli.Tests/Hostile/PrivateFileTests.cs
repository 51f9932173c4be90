using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>Files that name guests are readable by their owner only, and never written through a planted link.</summary>
public class PrivateFileTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task TheGuestCacheAndReportsAreCreatedOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no Unix modes; its files inherit the folder's ACL.
        }
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var report = Path.Combine(stack.Path, "drift.md");
        File.WriteAllText(report, "an older report, world-readable");
        File.SetUnixFileMode(report, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var drift = await FastRetries.RunAsync(tenant.Tenant, stack, "drift", "--incremental", "-o", "markdown", "--out", "drift.md");

        Assert.Equal(2, drift.ExitCode);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(stack.Path, ".reconciler", "guest-cache.json")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(report));
        Assert.Contains("alex@fabrikam.example", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutRefusesASymbolicLinkAndLeavesItsTargetAlone()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var target = Path.Combine(stack.Path, "somebody-elses-file");
        File.WriteAllText(target, "theirs");
        File.CreateSymbolicLink(Path.Combine(stack.Path, "drift.md"), target);

        var drift = await FastRetries.RunAsync(tenant.Tenant, stack, "drift", "--out", "drift.md");

        Assert.Equal(1, drift.ExitCode);
        Assert.Contains("error B2B1060", drift.Stderr, StringComparison.Ordinal);
        Assert.Equal("theirs", File.ReadAllText(target));
    }

    [Fact]
    public async Task ARelativeOutIsResolvedAgainstCwd()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var elsewhere = Directory.CreateTempSubdirectory("reconciler-cwd-").FullName;
        try
        {
            var drift = await CliRunner.RunAsync(elsewhere, FastRetries.Environment(), "drift", "--cwd", stack.Path, "--out", "drift.txt", "--graph-url", tenant.GraphUrl);

            Assert.Equal(2, drift.ExitCode);
            Assert.True(File.Exists(Path.Combine(stack.Path, "drift.txt")), drift.All);
            Assert.False(File.Exists(Path.Combine(elsewhere, "drift.txt")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
