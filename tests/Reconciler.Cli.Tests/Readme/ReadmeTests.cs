using Reconciler.Cli.Hosting;
using Reconciler.Cli.Tests.GitOps;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Readme;

/// <summary>
/// The README's tutorial, run exactly as its table writes it, on a copy of the repository's stack and its local
/// tenant: each command's exit code is one the command table lists (and not the error code), and each sample output
/// in the README is what the command prints. `UPDATE_BASELINES=1` rewrites those samples.
/// </summary>
public class ReadmeTests
{
    private static readonly ReadmeDocument Readme = new(Path.Combine(Reconciler.Testing.Stacks.Repository.Root, "README.md"));

    [Fact]
    public async Task TheTutorialRunsAsWrittenAndPrintsTheReadmesOutputs()
    {
        using var stack = StackFolder.WithSample();
        File.Copy(Path.Combine(Reconciler.Testing.Stacks.Repository.Root, "Pulumi.yaml"), Path.Combine(stack.Path, "Pulumi.yaml"), overwrite: true);
        var readme = Readme;
        var steps = readme.TutorialCommands;
        Assert.Equal(["validate", "drift", "whatif", "plan", "apply", "whatif", "destroy"], steps.Select(s => s.Command.Split(' ')[0]));

        foreach (var (step, command) in steps)
        {
            var args = ShellWords.Split(command, new Dictionary<string, string>());
            // `$R apply` asks; the person following the tutorial answers yes.
            var result = await RunAsync(stack.Path, args, typed: args[0] == "apply" ? "yes\n" : null);

            var listed = readme.ExitCodes[args[0]];
            Assert.True(listed.Contains(result.ExitCode) && result.ExitCode != ExitCodes.Error, $"{step}: `{command}` exited {result.ExitCode}\n{result.All}");
            if (args.Count == 1 && readme.Output(args[0]) is not null)
            {
                readme = Compare(readme, args[0], result.Stdout);
            }
        }
    }

    [Fact]
    public void EveryCommandOfTheCliIsInTheCommandTable()
    {
        var root = new CliApp(new CliIo(TextWriter.Null, TextWriter.Null, TextReader.Null, true, true, _ => null, Path.GetTempPath())).BuildRootCommand();

        Assert.Equal(root.Subcommands.Select(c => c.Name).Order(), Readme.ExitCodes.Keys.Order());
        // The emulator runs until stopped; every other command says its exit codes.
        Assert.All(Readme.ExitCodes.Where(row => row.Key != "emulator"), row => Assert.NotEmpty(row.Value));
    }

    private static ReadmeDocument Compare(ReadmeDocument readme, string command, string output)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(readme.Path, readme.WithOutput(command, output));
            return new ReadmeDocument(readme.Path);
        }

        Assert.True(readme.Output(command) == output, $"README.md's output of `{command}` differs from what it prints (UPDATE_BASELINES=1 rewrites it).\n--- README\n{readme.Output(command)}\n--- printed\n{output}");
        return readme;
    }

    private static async Task<CliResult> RunAsync(string directory, IReadOnlyList<string> args, string? typed)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, new StringReader(typed ?? ""), IsInputRedirected: typed is null, IsOutputRedirected: true, _ => null, directory);
        var exitCode = await new CliApp(io).RunAsync([.. args]);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
