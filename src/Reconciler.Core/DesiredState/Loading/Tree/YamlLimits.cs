namespace Reconciler.Core.DesiredState.Loading.Tree;

/// <summary>
/// Bounds that keep a hostile stack file (nested aliases, the "billion laughs") from hanging a run.
/// A real stack file is a few hundred nodes deep in nothing.
/// </summary>
public sealed record YamlLimits(int MaxDepth, int MaxExpandedNodes)
{
    public static YamlLimits Default { get; } = new(MaxDepth: 64, MaxExpandedNodes: 100_000);
}
