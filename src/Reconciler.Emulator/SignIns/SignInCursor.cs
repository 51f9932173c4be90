using System.Globalization;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// A sign-in page token: the time and sequence of the next sign-in to serve. The log is kept newest first, so the
/// next page starts with a binary search, and sign-ins logged while a reader pages (newer ones) never shift it.
/// </summary>
internal static class SignInCursor
{
    private const string Prefix = "U2lnbkluUGFnZQ";

    public static string For(SignInRecord next) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{next.Ticks}_{next.Sequence}");

    public static bool TryRead(string? token, out SignInRecord? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        var parts = token.StartsWith(Prefix, StringComparison.Ordinal) ? token[Prefix.Length..].Split('_') : [];
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            cursor = new SignInRecord(ticks, sequence, "", "", null, []);
            return true;
        }
        return false;
    }

    /// <summary>The index of the first sign-in not newer than the cursor.</summary>
    public static int StartOf(IReadOnlyList<SignInRecord> log, SignInRecord cursor)
    {
        int low = 0, high = log.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (log[mid].CompareNewestFirst(cursor) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
