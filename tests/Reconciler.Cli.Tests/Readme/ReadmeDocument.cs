using System.Text.RegularExpressions;

namespace Reconciler.Cli.Tests.Readme;

/// <summary>
/// README.md as the tests read it: the tutorial table's commands, the command table's exit codes, and the sample
/// outputs (each fenced block after an <c>&lt;!-- output of: COMMAND --&gt;</c> marker), which are golden files.
/// </summary>
internal sealed partial class ReadmeDocument(string path)
{
    public string Path { get; } = path;

    public string Text { get; } = File.ReadAllText(path).ReplaceLineEndings("\n");

    /// <summary>Each tutorial row's `$R ...` commands, as written, without the `$R`.</summary>
    public IReadOnlyList<(string Step, string Command)> TutorialCommands =>
        [.. TableRows("| tutorial step | command |").SelectMany(row => RCommand().Matches(row[1]).Select(m => (row[0], m.Groups["command"].Value.Trim())))];

    /// <summary>The command table: each command's name and the exit codes its row lists.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<int>> ExitCodes =>
        TableRows("| command | does | exit codes |").ToDictionary(
            row => row[0].Trim('`', ' '),
            row => (IReadOnlySet<int>)ExitCode().Matches(row[2]).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet());

    public string? Output(string command) => OutputBlock(command) is { } block ? block.Groups["body"].Value : null;

    /// <summary>The README with the block after the marker for <paramref name="command"/> replaced.</summary>
    public string WithOutput(string command, string output)
    {
        var block = OutputBlock(command) ?? throw new InvalidOperationException($"README.md has no '<!-- output of: {command} -->' block.");
        return Text[..block.Groups["body"].Index] + output + Text[(block.Groups["body"].Index + block.Groups["body"].Length)..];
    }

    private Match? OutputBlock(string command) =>
        OutputBlocks().Matches(Text).FirstOrDefault(m => m.Groups["command"].Value == command);

    private IEnumerable<string[]> TableRows(string header)
    {
        var start = Text.IndexOf(header + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no table headed '{header}'.");
        }

        return Text[start..].Split('\n').Skip(2).TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray());
    }

    [GeneratedRegex(@"`\$R (?<command>[^`]+)`")]
    private static partial Regex RCommand();

    [GeneratedRegex(@"(?<![\w-])\d(?![\w-])")]
    private static partial Regex ExitCode();

    [GeneratedRegex(@"<!-- output of: (?<command>[^>]+?) -->\n```\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex OutputBlocks();
}
