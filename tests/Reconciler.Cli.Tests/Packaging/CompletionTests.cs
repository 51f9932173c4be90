using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Packaging;

/// <summary>Shell completion (dotnet-suggest) asks the command itself through the `[suggest]` directive.</summary>
public class CompletionTests
{
    [Theory]
    [InlineData("dr", "drift")]
    [InlineData("drift --sc", "--scope")]
    [InlineData("drift --scope ", "declared")]
    [InlineData("plan --output ", "markdown")]
    public async Task CompletionSuggestsCommandsOptionsAndValues(string typed, string expected)
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), $"[suggest:{typed.Length}]", typed);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Stdout.Split('\n'));
    }
}
