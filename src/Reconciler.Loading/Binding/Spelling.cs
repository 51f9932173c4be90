using Reconciler.Model.Desired;

namespace Reconciler.Loading.Binding;

/// <summary>Did-you-mean suggestions by edit distance, so a typo costs one glance rather than a trip to the docs.</summary>
internal static class Spelling
{
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var tolerance = Math.Max(2, typed.Length / 3);
        // Edit distance is at least the difference in length; skipping hopeless candidates keeps a megabyte-long
        // key from costing a megabyte times every candidate.
        var best = candidates
            .Where(c => Math.Abs(c.Length - typed.Length) <= tolerance)
            .Select(c => (Candidate: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= tolerance ? best.Candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
