namespace Reconciler.Reporting.Diagrams;

/// <summary>
/// One group's paths in both states, merged: a step or edge added in either state is kept once, with the states it
/// is in. Ids are the group's index, a letter for the kind of step and a count, in the order steps are first met.
/// </summary>
internal sealed class GroupGraph(int group)
{
    private readonly List<string> nodeOrder = [];
    private readonly Dictionary<string, (AccessPathNodeKind Kind, string Label, bool[] In)> nodes = [];
    private readonly List<string> edgeOrder = [];
    private readonly Dictionary<string, (string From, string To, bool[] In)> edges = [];

    /// <summary>Adds one state's path: home -> trust -> each applying policy (or straight on) -> app -> outcome.</summary>
    public void Add(int state, string homeLabel, TenantState.Path path)
    {
        var home = Node(state, AccessPathNodeKind.HomeTenant, "home", homeLabel);
        var trust = Node(state, AccessPathNodeKind.Trust, $"trust:{path.Trust}", path.Trust);
        Edge(state, home, trust);
        foreach (var app in path.Apps)
        {
            var appKey = Node(state, AccessPathNodeKind.App, $"app:{app.AppId}", app.App);
            if (app.Policies.Count == 0)
            {
                Edge(state, trust, appKey);
            }

            foreach (var policy in app.Policies)
            {
                var policyKey = Node(state, AccessPathNodeKind.Policy, $"policy:{policy}", policy);
                Edge(state, trust, policyKey);
                Edge(state, policyKey, appKey);
            }

            Edge(state, appKey, Node(state, AccessPathNodeKind.Outcome, $"outcome:{app.AppId}:{app.Outcome}", app.Outcome));
        }
    }

    public IEnumerable<AccessPathNode> Nodes() =>
        nodeOrder.Select(key => new AccessPathNode(Id(key), group, nodes[key].Kind, nodes[key].Label, Change(nodes[key].In)));

    public IEnumerable<AccessPathEdge> Edges() =>
        edgeOrder.Select(key => new AccessPathEdge(Id(edges[key].From), Id(edges[key].To), Change(edges[key].In)));

    private string Node(int state, AccessPathNodeKind kind, string key, string label)
    {
        if (!nodes.TryGetValue(key, out var node))
        {
            node = (kind, label, new bool[2]);
            nodes[key] = node;
            nodeOrder.Add(key);
        }

        node.In[state] = true;
        return key;
    }

    private void Edge(int state, string from, string to)
    {
        var key = $"{from}>{to}";
        if (!edges.TryGetValue(key, out var edge))
        {
            edge = (from, to, new bool[2]);
            edges[key] = edge;
            edgeOrder.Add(key);
        }

        edge.In[state] = true;
    }

    private string Id(string key)
    {
        var kind = nodes[key].Kind;
        var count = nodeOrder.Where(k => nodes[k].Kind == kind).TakeWhile(k => k != key).Count() + 1;
        return $"g{group}{Letter(kind)}{count}";
    }

    private static char Letter(AccessPathNodeKind kind) => kind switch
    {
        AccessPathNodeKind.HomeTenant => 'h',
        AccessPathNodeKind.Trust => 't',
        AccessPathNodeKind.Policy => 'p',
        AccessPathNodeKind.App => 'a',
        _ => 'o',
    };

    private static AccessPathChange Change(bool[] states) =>
        states[0] && states[1] ? AccessPathChange.Same : states[0] ? AccessPathChange.BeforeOnly : AccessPathChange.AfterOnly;
}
