namespace Reconciler.Reporting.Diagrams;

/// <summary>Breaks a label into lines at spaces, so every renderer draws the same narrow boxes.</summary>
public static class LabelLines
{
    /// <summary>Characters a line of a diagram's label holds; a longer word keeps its own line.</summary>
    public const int Width = 20;

    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
