using System.Text;

namespace Reconciler.Cli.Tests.GitOps;

/// <summary>
/// Splits one line of a bash `run:` script into arguments the way bash would for the simple lines workflows hold:
/// quotes are removed, the stack variables become a stack name, and the line ends at a pipe, redirect or `;`.
/// </summary>
internal static class ShellWords
{
    private static readonly string[] StackVariables = ["${{ matrix.stack }}", "${{ env.STACK }}", "${STACK}", "$STACK"];

    public static IReadOnlyList<string> Split(string line, IReadOnlyDictionary<string, string> variables)
    {
        var expanded = variables.Aggregate(line, (text, v) => text.Replace(v.Key, v.Value, StringComparison.Ordinal));
        var words = new List<string>();
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in expanded)
        {
            if (quote is null && c is ';' or '|' or '>' or '&' or '#')
            {
                break;
            }

            if (c is '"' or '\'' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }
            else if (char.IsWhiteSpace(c) && quote is null)
            {
                Flush(word, words);
            }
            else
            {
                word.Append(c);
            }
        }

        Flush(word, words);
        return words;
    }

    /// <summary>
    /// The variables the shipped workflows' reconciler lines use, as a run in a public repository sets them: the
    /// stack, the folder of its files (the test's stack folder), redaction on, and the saved plan's path (or none).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Workflow(string stack, string planFile = "")
    {
        var variables = new Dictionary<string, string>
        {
            ["\"$PROJECT_DIR\""] = ".",
            ["$REDACT"] = "--redact",
            ["$plan_file"] = planFile,
        };
        foreach (var (name, value) in Stack(stack))
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>The stack placeholders workflows use, all standing for one stack.</summary>
    public static IReadOnlyDictionary<string, string> Stack(string name) => StackVariables.ToDictionary(v => v, _ => name);

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
