namespace Reconciler.Reporting.Diagrams;

/// <summary>
/// Who gets in, how, before and after a change, as one graph: for each guest group the path home tenant -> inbound
/// trust -> the policies that apply -> each targeted app -> outcome. The two states are merged, so what is the same
/// is drawn once and what changed is flagged (<see cref="AccessPathChange"/>); renderers draw it (Mermaid, SVG) and
/// decide nothing. Ids are stable: the same inputs always give the same ids in the same order.
/// </summary>
/// <param name="Before">What the first state is called in a diagram's markers ("before", or "declared" for drift).</param>
/// <param name="After">What the second state is called ("after", or "live").</param>
public sealed record AccessPaths(
    IReadOnlyList<AccessPathGroup> Groups,
    IReadOnlyList<AccessPathNode> Nodes,
    IReadOnlyList<AccessPathEdge> Edges,
    string Before,
    string After)
{
    public static AccessPaths Empty { get; } = new([], [], [], "before", "after");

    public bool IsEmpty => Groups.Count == 0;

    /// <summary>True when any path differs between the two states.</summary>
    public bool Changes => Nodes.Any(n => n.Change != AccessPathChange.Same) || Edges.Any(e => e.Change != AccessPathChange.Same);

    /// <summary>The word that marks an element of one state only, so colour is never the only sign of a change.</summary>
    public string Marker(AccessPathChange change) => change switch
    {
        AccessPathChange.BeforeOnly => Before,
        AccessPathChange.AfterOnly => After,
        _ => "",
    };
}
