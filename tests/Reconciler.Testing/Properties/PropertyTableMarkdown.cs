using System.Text;

namespace Reconciler.Testing.Properties;

/// <summary>docs/properties.md, rendered from <see cref="PropertyTable"/>: one table per kind, then one per complex type.</summary>
public static class PropertyTableMarkdown
{
    private static readonly (Layer Layer, string Header)[] Columns =
    [
        (Layer.StackKey, "stack key"), (Layer.Normaliser, "normaliser"), (Layer.GraphRead, "Graph read"), (Layer.GraphWrite, "Graph write"),
        (Layer.Export, "export"), (Layer.EmulatorStore, "local tenant"), (Layer.PulumiMapping, "Pulumi"),
    ];

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append(Intro);
        text.Append("## Resource kinds\n\n");
        foreach (var kind in PropertyTable.Kinds)
        {
            var reached = PropertyTable.Reached(kind);
            text.Append($"### {kind.GraphName}\n\nDeclared as `{kind.DeclaredAs}`.");
            if (reached.Count > 1)
            {
                text.Append(" Holds: ").Append(string.Join(", ", reached.Skip(1).Select(s => $"[{s.GraphName}](#{s.GraphName.ToLowerInvariant()})"))).Append('.');
            }

            text.Append("\n\n");
            Table(text, reached[0]);
        }

        text.Append("## Complex types\n\n");
        var roots = PropertyTable.Kinds.Select(k => k.SdkType).ToHashSet();
        foreach (var section in PropertyTable.Kinds.SelectMany(PropertyTable.Reached).Distinct().Where(s => !roots.Contains(s.SdkType)))
        {
            text.Append($"### {section.GraphName}\n\n");
            Table(text, section);
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, PropertySection section)
    {
        if (section.Note is { } note)
        {
            text.Append(note).Append("\n\n");
        }

        var notes = new List<string>();
        text.Append("| property | status | ").Append(string.Join(" | ", Columns.Select(c => c.Header))).Append(" |\n");
        text.Append("|---|---|").Append(string.Concat(Columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in section.Rows)
        {
            text.Append($"| `{row.Name}` | ");
            if (row.Classification == Classification.Modelled)
            {
                text.Append("modelled | ").Append(string.Join(" | ", Columns.Select(c => Cell(row[c.Layer], notes)))).Append(" |\n");
            }
            else
            {
                text.Append($"{Status(row.Classification)}: {Escape(row.Reason!)} |").Append(string.Concat(Columns.Select(_ => " |"))).Append('\n');
            }
        }

        text.Append('\n');
        for (var i = 0; i < notes.Count; i++)
        {
            text.Append($"{i + 1}. {Escape(notes[i])}\n");
        }

        if (notes.Count > 0)
        {
            text.Append('\n');
        }
    }

    private static string Cell(LayerSupport support, List<string> notes)
    {
        var word = support.Verdict switch
        {
            Verdict.Yes => "yes",
            Verdict.Partly => "partly",
            Verdict.No => "**no**",
            _ => "n.a.",
        };
        if (support.Reason is not { } reason)
        {
            return word;
        }

        var index = notes.IndexOf(reason);
        if (index < 0)
        {
            notes.Add(reason);
            index = notes.Count - 1;
        }

        return $"{word} ({index + 1})";
    }

    private static string Status(Classification classification) => classification switch
    {
        Classification.ServerOwned => "server-owned",
        Classification.NotSupported => "**not supported**",
        _ => "not in the v1.0 model",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private const string Intro = """
        # Properties, layer by layer

        <!-- Generated from tests/Reconciler.Testing/Properties (PropertyTable); do not edit by hand. A test keeps this file
             equal to the rendering; refresh it with: UPDATE_BASELINES=1 dotnet test tests/Reconciler.Graph.Tests --filter PropertyTable -->

        Every property that the Microsoft.Graph 6.10 SDK's v1.0 models know for the kinds Reconciler manages, and how far
        each is carried. A test fails when the SDK knows a property this table does not classify, or the table names one the
        SDK does not have (except the ones marked "not in the v1.0 model", which the test holds absent from it).

        - **modelled**: managed from the stack file to the tenant. Each layer says `yes`, `partly` or `no` (with why), or
          `n.a.` where the layer has nothing to do with it: **stack key** (the loader reads and validates it), **normaliser**
          (drift and plan compare it), **Graph read** and **Graph write** (the Graph port), **export** (`reconciler export`
          writes it), **local tenant** (the emulator stores and answers it), **Pulumi** (the Pulumi program's inputs:
          azuread's resources, the cross-tenant provider).
        - **server-owned**: set by the service (ids, timestamps, expansions); read at most, never declared or written.
        - **not supported**: Graph has it and Reconciler leaves it alone, for the reason given; a tenant's value stays as it is.
        - **not in the v1.0 model**: names found in beta exports or in Graph's answers that the SDK's v1.0 model lacks.

        Every modelled leaf that the stack key, normaliser, Graph read and write, export and local tenant all carry is
        round-tripped by `LosslessRoundTripTests`: a local tenant seeded with a non-default value, exported, drift in sync,
        and the export applied to a second, empty local tenant, which must then hold the same value.


        """;
}
