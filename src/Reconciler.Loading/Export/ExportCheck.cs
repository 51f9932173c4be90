using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using YamlDotNet.RepresentationModel;

namespace Reconciler.Loading.Export;

/// <summary>An object the export did not write, and the diagnostic our own validator gave it.</summary>
public sealed record LeftOut(string Object, Diagnostic Reason);

/// <summary>The stack file to write and what was left out of it.</summary>
public sealed record ExportResult(string Yaml, IReadOnlyList<LeftOut> LeftOut);

/// <summary>
/// The export, checked by the same validator as every stack: the tenant can hold what a stack cannot declare (an
/// enumerated externalTenants with no members, B2B1033), and writing it would make the adopted stack invalid. Each
/// object an error points at is left out, said in a comment at the top of the file and in the result, and the rest
/// is checked again, so what is written always loads.
/// </summary>
public static class ExportCheck
{
    private const int MostRounds = 5;

    public static ExportResult Export(LiveSnapshot live, ExportOptions options)
    {
        var leftOutObjects = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var leftOut = new List<LeftOut>();
        for (var round = 0; ; round++)
        {
            var (yaml, items) = StackExporter.Build(live, options, leftOutObjects);
            var errors = StackLoader.LoadFromText($"name: {options.Namespace}\n", yaml, "Pulumi.export.yaml", "export").Diagnostics.Where(d => d.IsError).ToList();
            var traced = errors.Select(e => (Error: e, Item: Trace(yaml, items, e, options.Namespace))).ToList();
            if (errors.Count == 0 || round == MostRounds || traced.Any(t => t.Item is null))
            {
                // An error no single object explains would be ours, not the tenant's: the result carries it unhidden.
                return new ExportResult(Header(leftOut) + yaml, [.. leftOut, .. traced.Where(t => t.Item is null).Select(t => new LeftOut("the export", t.Error))]);
            }

            foreach (var (error, item) in traced)
            {
                if (leftOutObjects.Add(item!))
                {
                    leftOut.Add(new LeftOut(Describe(item!), error with { Location = null }));
                }
            }
        }
    }

    /// <summary>
    /// The guest, policy or partner whose YAML holds the error's line: the item that starts last at or before it, unless
    /// a key of config (or of crossTenantAccess) starts between them. The representation model gives nodes a start but
    /// no usable end, so the next start is the end.
    /// </summary>
    private static object? Trace(string yaml, IReadOnlyDictionary<string, IReadOnlyList<object>> items, Diagnostic error, string ns)
    {
        if (error.Location is not { } at)
        {
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) || configNode is not YamlMappingNode config)
        {
            return null;
        }

        var starts = new List<(long Line, object? Item)>();
        var crossTenant = config.Children.TryGetValue(new YamlScalarNode($"{ns}:crossTenantAccess"), out var node) ? node as YamlMappingNode : null;
        starts.AddRange(config.Children.Keys.Concat(crossTenant?.Children.Keys ?? []).Select(key => (key.Start.Line, (object?)null)));
        foreach (var (section, sources) in items)
        {
            if (Sequence(config, ns, section) is { } sequence)
            {
                starts.AddRange(sequence.Children.Zip(sources, (item, source) => (item.Start.Line, (object?)source)));
            }
        }

        return starts.Where(s => s.Line <= at.Line).OrderBy(s => s.Line).ThenBy(s => s.Item is null ? 0 : 1).LastOrDefault().Item;
    }

    private static YamlSequenceNode? Sequence(YamlMappingNode config, string ns, string section)
    {
        var path = section.Split('.');
        YamlNode? node = config.Children.TryGetValue(new YamlScalarNode($"{ns}:{path[0]}"), out var top) ? top : null;
        foreach (var key in path.Skip(1))
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return node as YamlSequenceNode;
    }

    private static string Describe(object item) => item switch
    {
        LiveUser user => $"guest {user.Mail}",
        LivePolicy policy => $"conditionalAccessPolicy '{policy.DisplayName}' ({policy.Id})",
        LivePartner partner => $"crossTenantAccessPartner {partner.TenantId}",
        _ => item.ToString() ?? "",
    };

    private static string Header(IReadOnlyList<LeftOut> leftOut) =>
        leftOut.Count == 0
            ? ""
            : "# Left out by reconciler export: the tenant holds these, but a stack cannot declare them as they are.\n"
                + string.Concat(leftOut.Select(l => $"#   {l.Object}: {l.Reason.Code} {l.Reason.Message}\n"));
}
