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
        "", " ", "\t", ":", "- ", "[", "]", "{", "}", "&a", "*a", "!!binary", "!foo", "!!str", "? ", "~", "null", "true", "-1",
        "1e309", "0x1F", "\"", "'", "#", "|", ">", "@", "%YAML 1.2", "---", "...", "secure: v1:abc", "{secure: v1:abc}",
        "b2b:guests", "ensure: absent", "797f4846-ba00-4fd7-ba43-dac1f8f63013", "not-a-guid", "ALL", "enabled", "mfa,block",
        "\u0000", "\uFFFD", "é", "\uFEFF", "\r", "\u2028", "\ud83d\ude00", "\ud83d", "<<: *a", "\\u00", "\"\\x\"",
    ];

    /// <summary>Whole fragments a hostile file might carry: aliases, deep flow nesting, odd keys.</summary>
    private static readonly string[] Fragments =
    [
        "x: &a [1, 2, 3]", "y: [*a, *a, *a, *a]", "z: *nowhere", "? [a, b]\n: c", "1: x", "null: x",
        "b2b:guests: [{email: {secure: v1:abc}}]", "---\nconfig: {}", new string('[', 200) + new string(']', 200),
        new string('{', 100), "k: " + new string('x', 5_000), "config: [a, b]", "!!binary aGVsbG8=", "<<: {a: b}",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var mutations = 1 + _random.Next(3);
        for (var i = 0; i < mutations && lines.Count > 0; i++)
        {
            var at = _random.Next(lines.Count);
            switch (_random.Next(13))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[_random.Next(lines.Count)]); break;
                case 2: lines[at] = Indent(lines[at]); break;
                case 3: lines[at] = InsertToken(lines[at]); break;
                case 4: lines[at] = ReplaceValue(lines[at]); break;
                case 5: lines[at] = DeleteRange(lines[at]); break;
                case 6: (lines[at], lines[^1]) = (lines[^1], lines[at]); break;
                case 7: lines[at] = lines[at].Replace(" ", "\t", StringComparison.Ordinal); break;
                case 8: lines.Insert(at, Leading(lines[at]) + Fragments[_random.Next(Fragments.Length)]); break;
                case 9: lines[at] = FlipCharacter(lines[at]); break;
                case 10: lines = [.. lines.Select(line => line + "\r")]; break;
                default: lines = lines.Take(at).ToList(); break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Leading(string line) => line[..(line.Length - line.TrimStart().Length)];

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

    /// <summary>Any character at all, including controls and lone surrogates, in place of one.</summary>
    private string FlipCharacter(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var characters = line.ToCharArray();
        characters[_random.Next(characters.Length)] = (char)_random.Next(char.MaxValue + 1);
        return new string(characters);
    }
}
