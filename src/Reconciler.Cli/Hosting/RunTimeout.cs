using System.CommandLine.Parsing;
using System.Globalization;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// <c>--timeout</c>: how long one run may take in all. The default is far above any real run (3,000 writes are
/// what Graph allows an app in two and a half minutes) and far below "forever".
/// </summary>
internal static class RunTimeout
{
    public static readonly TimeSpan Default = TimeSpan.FromHours(1);

    /// <summary>A number with s, m or h (seconds when bare), above zero.</summary>
    public static TimeSpan Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        var (number, unit) = text.Length > 0 && char.IsLetter(text[^1]) ? (text[..^1], char.ToLowerInvariant(text[^1])) : (text, 's');
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && unit is 's' or 'm' or 'h')
        {
            return unit switch { 'h' => TimeSpan.FromHours(value), 'm' => TimeSpan.FromMinutes(value), _ => TimeSpan.FromSeconds(value) };
        }
        result.AddError($"--timeout '{text}' is not a duration such as 90s, 30m or 2h.");
        return Default;
    }
}
