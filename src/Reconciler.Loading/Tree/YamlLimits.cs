using Reconciler.Model.Desired;

namespace Reconciler.Loading.Tree;

/// <summary>
/// Bounds that keep a hostile stack file (nested aliases, the "billion laughs") from hanging a run.
/// A real stack file is a few levels deep and uses no aliases at all.
/// </summary>
/// <param name="MaxDepth">Levels of nesting below the root.</param>
/// <param name="MaxExpandedNodes">Nodes that aliases add when expanded. The file's own nodes are bounded by
/// <see cref="StackFileText.MaxFileBytes"/> instead, so a stack with ten thousand guests still loads.</param>
public sealed record YamlLimits(int MaxDepth, int MaxExpandedNodes)
{
    public static YamlLimits Default { get; } = new(MaxDepth: 64, MaxExpandedNodes: 100_000);
}
