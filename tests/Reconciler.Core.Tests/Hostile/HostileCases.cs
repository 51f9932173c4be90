using Reconciler.Loading;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>Small helpers the hand-written hostile cases share.</summary>
internal static class HostileCases
{
    /// <summary>For cases that are large on purpose; still fails a hang, never a slow machine.</summary>
    public static readonly TimeSpan Large = TimeSpan.FromSeconds(60);

    public static string[] Codes(LoadResult result) => [.. result.Diagnostics.Select(d => d.Code).Distinct()];

    public static void Rejects(LoadResult result, string code) =>
        Assert.True(!result.IsValid && result.Diagnostics.Any(d => d.Code == code),
            $"expected {code}, got: {string.Join(" | ", result.Diagnostics)}");

    public static (int Line, int Column) Position(LoadResult result, string code)
    {
        var at = result.Diagnostics.First(d => d.Code == code).Location!;
        return (at.Line, at.Column);
    }
}
