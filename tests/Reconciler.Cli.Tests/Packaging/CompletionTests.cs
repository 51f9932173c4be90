using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Packaging;

/// <summary>Shell completion asks the command itself through the `[suggest]` directive; `reconciler completion` prints the scripts.</summary>
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

    [Theory]
    [InlineData("bash", "complete -o default -F _reconciler_complete reconciler")]
    [InlineData("zsh", "compdef _reconciler_complete reconciler")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName reconciler")]
    public async Task EachShellGetsAScriptThatAsksTheCommand(string shell, string registers)
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), "completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registers, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("reconciler \"[suggest:", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reconciler drift --sc", "--scope")]
    [InlineData("reconciler drift --scope ", "declared")]
    [InlineData("reconciler pl", "plan")]
    public async Task TheBashScriptCompletesWhatIsTyped(string typed, string expected)
    {
        var script = (await CliRunner.RunAsync(Path.GetTempPath(), "completion", "bash")).Stdout;
        var scriptFile = Path.Combine(Path.GetTempPath(), $"reconciler-completion-{Guid.NewGuid():n}.bash");
        File.WriteAllText(scriptFile, script);
        var words = typed.EndsWith(' ') ? typed + "''" : typed;
        var dll = Path.Combine(AppContext.BaseDirectory, "reconciler.dll");
        var session = $$"""
            reconciler() { dotnet '{{dll}}' "$@"; }
            source '{{scriptFile}}'
            COMP_LINE='{{typed}}'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=({{words}}); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            _reconciler_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;

        try
        {
            var result = await Packaging.ProcessRunner.RunAsync("bash", ["-c", session], Path.GetTempPath(), TimeSpan.FromSeconds(60));

            Assert.True(result.ExitCode == 0, result.All);
            Assert.Contains(expected, result.Stdout.Split('\n'));
        }
        finally
        {
            File.Delete(scriptFile);
        }
    }
}
