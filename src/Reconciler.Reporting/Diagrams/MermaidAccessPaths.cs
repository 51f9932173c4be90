using System.Text;

namespace Reconciler.Reporting.Diagrams;

/// <summary>
/// <see cref="AccessPaths"/> as a Mermaid flowchart, which GitHub draws in comments: left to right, one row of steps
/// per group. A step or edge of one state only is coloured (a class) and also says so in words ("before:", an edge
/// dotted or thick), so the change reads without colour. Labels are quoted with every character Mermaid or HTML
/// would read written as an entity, so a policy's name cannot break the diagram.
/// </summary>
public static class MermaidAccessPaths
{
    public static string Render(AccessPaths paths, string title)
    {
        var text = new StringBuilder("```mermaid\nflowchart LR\n");
        text.Append($"  accTitle: {Plain(title)}\n");
        text.Append($"  accDescr: For each guest group: home tenant, inbound trust, the policies that apply, the app, the outcome. Steps marked {paths.Before} or {paths.After} are in that state only.\n");
        foreach (var node in paths.Nodes)
        {
            var (open, close) = Shape(node.Kind);
            text.Append($"  {node.Id}{open}\"{Label(paths, node)}\"{close}\n");
        }

        foreach (var edge in paths.Edges)
        {
            var arrow = edge.Change switch
            {
                AccessPathChange.BeforeOnly => "-.->",
                AccessPathChange.AfterOnly => "==>",
                _ => "-->",
            };
            text.Append($"  {edge.From} {arrow} {edge.To}\n");
        }

        text.Append("  classDef before fill:#f6f8fa,stroke:#59636e,stroke-dasharray:5 3,color:#1f2328\n");
        text.Append("  classDef after fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#1f2328\n");
        AppendClass(text, "before", paths.Nodes.Where(n => n.Change == AccessPathChange.BeforeOnly));
        AppendClass(text, "after", paths.Nodes.Where(n => n.Change == AccessPathChange.AfterOnly));
        AppendLinkStyle(text, paths.Edges, AccessPathChange.BeforeOnly, "stroke:#59636e");
        AppendLinkStyle(text, paths.Edges, AccessPathChange.AfterOnly, "stroke:#9a6700,stroke-width:3px");
        return text.Append("```\n").ToString();
    }

    /// <summary>A label's text for inside double quotes: lines joined by &lt;br&gt;, everything else that means something escaped.</summary>
    public static string Escape(string label) =>
        string.Join("<br>", label.Split('\n').Select(line => string.Concat(line.Select(Character))));

    /// <summary>The marker on a line of its own, then the label in short lines: narrow columns keep the diagram legible at comment width.</summary>
    private static string Label(AccessPaths paths, AccessPathNode node) =>
        Escape(string.Join('\n', (node.Change == AccessPathChange.Same ? [] : new[] { $"{paths.Marker(node.Change)}:" })
            .Concat(node.Label.Split('\n').SelectMany(line => LabelLines.Wrap(line, LabelLines.Width)))));

    private static string Character(char c) => c switch
    {
        '"' => "#quot;",
        '#' => "#35;",
        '&' => "#amp;",
        '<' => "#lt;",
        '>' => "#gt;",
        '`' => "#96;",
        '%' => "#37;",
        '\r' or '\t' => " ",
        _ => c.ToString(),
    };

    /// <summary>Text outside a quoted label (the accessible title, edge words): letters, digits, spaces and light punctuation only.</summary>
    private static string Plain(string text) =>
        new([.. text.Select(c => char.IsLetterOrDigit(c) || c is ' ' or ',' or '.' or '-' or '(' or ')' or '\'' ? c : ' ')]);

    private static (string Open, string Close) Shape(AccessPathNodeKind kind) => kind switch
    {
        AccessPathNodeKind.HomeTenant => ("([", "])"),
        AccessPathNodeKind.Trust => ("{{", "}}"),
        AccessPathNodeKind.App => ("[[", "]]"),
        AccessPathNodeKind.Outcome => ("(", ")"),
        _ => ("[", "]"),
    };

    private static void AppendClass(StringBuilder text, string name, IEnumerable<AccessPathNode> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToList();
        if (ids.Count > 0)
        {
            text.Append($"  class {string.Join(",", ids)} {name}\n");
        }
    }

    /// <summary>Mermaid styles edges by their index, the order they were written in.</summary>
    private static void AppendLinkStyle(StringBuilder text, IReadOnlyList<AccessPathEdge> edges, AccessPathChange change, string style)
    {
        var indexes = edges.Select((e, i) => (e, i)).Where(x => x.e.Change == change).Select(x => x.i).ToList();
        if (indexes.Count > 0)
        {
            text.Append($"  linkStyle {string.Join(",", indexes)} {style}\n");
        }
    }
}
