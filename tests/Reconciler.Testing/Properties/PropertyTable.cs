namespace Reconciler.Testing.Properties;

/// <summary>A resource kind: its root section and, for the documentation, what a person declares it as.</summary>
public sealed record ResourceKind(string GraphName, string SdkType, string DeclaredAs);

/// <summary>
/// Every v1.0 property of the resource kinds Reconciler manages, classified, and for a modelled one, each layer's
/// verdict. It lives in the tests' support library rather than in a src project because nothing in the product reads
/// it: it is a claim about the product, held true by tests (the SDK knows no property it leaves out, the lossless round
/// trip carries every leaf it calls modelled) and rendered into docs/properties.md.
/// </summary>
public static class PropertyTable
{
    public static IReadOnlyList<ResourceKind> Kinds { get; } =
    [
        new("conditionalAccessPolicy", "ConditionalAccessPolicy", "b2b:conditionalAccessPolicies[]"),
        new("crossTenantAccessPolicyConfigurationDefault", "CrossTenantAccessPolicyConfigurationDefault", "b2b:crossTenantAccess.default"),
        new("crossTenantAccessPolicyConfigurationPartner", "CrossTenantAccessPolicyConfigurationPartner", "b2b:crossTenantAccess.partners[]"),
        new("invitation", "Invitation", "b2b:guests[] (sent once, when the guest is missing)"),
        new("user", "User", "b2b:guests[] (the guest the invitation creates)"),
    ];

    public static IReadOnlyList<PropertySection> Sections { get; } =
        [.. ConditionalAccessProperties.Sections, .. CrossTenantProperties.Sections, .. GuestProperties.Sections];

    public static PropertySection? Section(string sdkType) => Sections.FirstOrDefault(s => s.SdkType == sdkType);

    /// <summary>
    /// The sections a kind reaches, root first, each once: through modelled rows into the Graph types they hold (lists of
    /// objects included). A row that is not modelled stops the walk, its reason covering what lies below.
    /// </summary>
    public static IReadOnlyList<PropertySection> Reached(ResourceKind kind)
    {
        var reached = new List<PropertySection>();
        var queue = new Queue<string>([kind.SdkType]);
        while (queue.TryDequeue(out var sdkType))
        {
            if (Section(sdkType) is not { } section || reached.Contains(section))
            {
                continue;
            }

            reached.Add(section);
            var properties = SdkModel.Properties(SdkModel.Type(sdkType)).ToDictionary(p => p.Name);
            foreach (var row in section.Rows.Where(r => r.Classification == Classification.Modelled))
            {
                if (properties.TryGetValue(row.Name, out var property) && property.ModelType is { } held)
                {
                    queue.Enqueue(held.Name);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// The leaves of a kind that the round trip carries: dotted paths from the kind's root through modelled objects (not
    /// into lists, whose sample is the whole list), each with its row. A leaf counts only when every row above it also
    /// round-trips.
    /// </summary>
    public static IReadOnlyList<(string Path, PropertyRow Row)> RoundTripLeaves(ResourceKind kind)
    {
        var leaves = new List<(string, PropertyRow)>();
        Walk(kind.SdkType, "", leaves);
        return leaves;
    }

    private static void Walk(string sdkType, string prefix, List<(string, PropertyRow)> leaves)
    {
        var section = Section(sdkType) ?? throw new InvalidOperationException($"The table has no section for {sdkType}.");
        var properties = SdkModel.Properties(SdkModel.Type(sdkType)).ToDictionary(p => p.Name);
        foreach (var row in section.Rows.Where(r => r.RoundTrips && properties.ContainsKey(r.Name)))
        {
            var property = properties[row.Name];
            var path = prefix + row.Name;
            if (property.ModelType is { } held && !property.IsList)
            {
                Walk(held.Name, path + ".", leaves);
            }
            else
            {
                leaves.Add((path, row));
            }
        }
    }
}
