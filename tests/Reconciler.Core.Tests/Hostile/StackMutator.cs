using System.Text;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Seeded, reproducible mutations of a stack file: the kinds of damage a hurried edit, a bad merge or a hostile
/// pull request does. The same seed always gives the same file, so a failure names its own reproduction.
/// </summary>
internal sealed class StackMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "", " ", "\t", ":", "- ", "[", "]", "{", "}", "&a", "*a", "!!binary", "~", "null", "true", "-1", "1e309",
        "\"", "'", "#", "|", ">", "@", "secure: v1:abc", "{secure: v1:abc}", "b2b:guests", "ensure: absent",
        "797f4846-ba00-4fd7-ba43-dac1f8f63013", "not-a-guid", "ALL", "enabled", "mfa,block", "\u0000", "\uFFFD", "é",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var mutations = 1 + _random.Next(3);
        for (var i = 0; i < mutations && lines.Count > 0; i++)
        {
            var at = _random.Next(lines.Count);
            switch (_random.Next(9))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[_random.Next(lines.Count)]); break;
                case 2: lines[at] = Indent(lines[at]); break;
                case 3: lines[at] = InsertToken(lines[at]); break;
                case 4: lines[at] = ReplaceValue(lines[at]); break;
                case 5: lines[at] = DeleteRange(lines[at]); break;
                case 6: (lines[at], lines[^1]) = (lines[^1], lines[at]); break;
                case 7: lines[at] = lines[at].Replace(" ", "\t", StringComparison.Ordinal); break;
                default: lines = lines.Take(at).ToList(); break;
            }
        }

        return string.Join('\n', lines);
    }

    private string Indent(string line) => _random.Next(2) == 0 ? "  " + line : line.TrimStart();

    private string InsertToken(string line)
    {
        var at = _random.Next(line.Length + 1);
        return line.Insert(at, Tokens[_random.Next(Tokens.Length)]);
    }

    private string ReplaceValue(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? InsertToken(line) : string.Concat(line.AsSpan(0, colon + 1), " ", Tokens[_random.Next(Tokens.Length)]);
    }

    private string DeleteRange(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var start = _random.Next(line.Length);
        var length = _random.Next(line.Length - start + 1);
        return new StringBuilder(line).Remove(start, length).ToString();
    }
}
