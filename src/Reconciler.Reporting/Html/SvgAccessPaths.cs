using System.Globalization;
using System.Text;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Reporting.Html;

/// <summary>
/// <see cref="AccessPaths"/> as inline SVG, laid out by our own few rules rather than a library: one column per kind
/// of step (home tenant, trust, policy, app, outcome), one band per group, each band's steps stacked in their column
/// in the order the model lists them. A step of one state only is shaded and dashed (before) or thick (after) and
/// starts with its marker line, as in the Mermaid diagram, so colour is not the only signal.
/// </summary>
public static class SvgAccessPaths
{
    private const int ColumnWidth = 210;
    private const int BoxWidth = 170;
    private const int LineHeight = 16;
    private const int Padding = 8;
    private const int Gap = 12;
    private const int BandGap = 24;
    private const int LabelWidth = 22;

    public static string Render(AccessPaths paths, string title)
    {
        var boxes = new Dictionary<string, Box>();
        var body = new StringBuilder();
        var top = Gap;
        foreach (var group in paths.Groups)
        {
            var bottoms = new int[5];
            Array.Fill(bottoms, top);
            foreach (var node in paths.Nodes.Where(n => n.Group == group.Index))
            {
                var column = (int)node.Kind;
                var lines = Lines(paths, node);
                var box = new Box(Gap + (column * ColumnWidth), bottoms[column], (lines.Count * LineHeight) + (2 * Padding), node, lines);
                boxes[node.Id] = box;
                bottoms[column] = box.Y + box.Height + Gap;
            }

            top = bottoms.Max() + BandGap;
        }

        foreach (var edge in paths.Edges)
        {
            body.Append(Edge(boxes[edge.From], boxes[edge.To], edge.Change));
        }

        foreach (var box in boxes.Values)
        {
            body.Append(Node(box));
        }

        var width = Gap + (5 * ColumnWidth);
        var height = Math.Max(top - BandGap + Gap, 2 * Gap);
        return new StringBuilder()
            .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"paths-title paths-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n")
            .Append($"<title id=\"paths-title\">{HtmlText.Encode(title)}</title>\n")
            .Append($"<desc id=\"paths-desc\">For each guest group: home tenant, inbound trust, the policies that apply, the app, the outcome. Steps marked {HtmlText.Encode(paths.Before)} or {HtmlText.Encode(paths.After)} are in that state only.</desc>\n")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#59636e\"/></marker></defs>\n")
            .Append(body)
            .Append("</svg>\n")
            .ToString();
    }

    private static List<string> Lines(AccessPaths paths, AccessPathNode node) =>
        [.. (node.Change == AccessPathChange.Same ? [] : new[] { $"{paths.Marker(node.Change)}:" })
            .Concat(node.Label.Split('\n').SelectMany(line => LabelLines.Wrap(line, LabelWidth)))];

    private static string Node(Box box)
    {
        var (fill, stroke, extra) = box.Node.Change switch
        {
            AccessPathChange.BeforeOnly => ("#f6f8fa", "#59636e", " stroke-dasharray=\"5 3\""),
            AccessPathChange.AfterOnly => ("#fff8c5", "#9a6700", " stroke-width=\"3\""),
            _ => ("#ffffff", "#8c959f", ""),
        };
        var radius = box.Node.Kind is AccessPathNodeKind.HomeTenant or AccessPathNodeKind.Outcome ? 14 : 4;
        var text = new StringBuilder($"<g><rect x=\"{box.X}\" y=\"{box.Y}\" width=\"{BoxWidth}\" height=\"{box.Height}\" rx=\"{radius}\" fill=\"{fill}\" stroke=\"{stroke}\"{extra}/>");
        for (var i = 0; i < box.Lines.Count; i++)
        {
            var weight = i == 0 && box.Node.Change != AccessPathChange.Same ? " font-weight=\"600\"" : "";
            text.Append($"<text x=\"{box.X + (BoxWidth / 2)}\" y=\"{box.Y + Padding + ((i + 1) * LineHeight) - 4}\" text-anchor=\"middle\" fill=\"#1f2328\"{weight}>{HtmlText.Encode(box.Lines[i])}</text>");
        }

        return text.Append("</g>\n").ToString();
    }

    private static string Edge(Box from, Box to, AccessPathChange change)
    {
        var (x1, y1) = (from.X + BoxWidth, from.Y + (from.Height / 2));
        var (x2, y2) = (to.X, to.Y + (to.Height / 2));
        var bend = (x2 - x1) / 2.0;
        var style = change switch
        {
            AccessPathChange.BeforeOnly => "stroke=\"#59636e\" stroke-dasharray=\"5 3\"",
            AccessPathChange.AfterOnly => "stroke=\"#9a6700\" stroke-width=\"3\"",
            _ => "stroke=\"#8c959f\"",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"<path d=\"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}\" fill=\"none\" {style} marker-end=\"url(#arrow)\"/>\n");
    }

    private sealed record Box(int X, int Y, int Height, AccessPathNode Node, List<string> Lines);
}
