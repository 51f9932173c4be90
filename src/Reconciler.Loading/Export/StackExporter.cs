using Reconciler.Model.Live;
using YamlDotNet.Serialization;

namespace Reconciler.Loading.Export;

/// <summary>
/// Writes a stack file's <c>config:</c> block from a live snapshot, so a team can adopt an existing tenant.
/// Only values that carry meaning are written (no empty lists, no nulls, no server-filled fields), which is
/// what makes "export, then drift" come out in sync: everything exported is declared, and nothing else is.
/// </summary>
public static class StackExporter
{
    /// <summary>The export as written, with nothing checked or left out; <see cref="ExportCheck"/> is what a command writes.</summary>
    public static string Export(LiveSnapshot live, ExportOptions options) => Build(live, options, new HashSet<object>()).Yaml;

    /// <summary>User ids the snapshot's policies name that it does not know, to look up so they export as emails or UPNs.</summary>
    public static IReadOnlyCollection<string> UnnamedUserReferences(LiveSnapshot live) => UserReferenceNames.From(live).Unnamed(live);

    /// <summary>
    /// The YAML for the snapshot without the <paramref name="leftOut"/> objects, and which guest, policy or partner
    /// each sequence item came from, in order, so a diagnostic's line can be traced to the object to leave out.
    /// </summary>
    internal static (string Yaml, IReadOnlyDictionary<string, IReadOnlyList<object>> Items) Build(LiveSnapshot live, ExportOptions options, IReadOnlySet<object> leftOut)
    {
        var ns = options.Namespace;
        var config = new Dictionary<string, object?>
        {
            ["azuread:tenantId"] = live.Organization.TenantId,
        };
        if (options.GraphUrl is not null)
        {
            config[$"{ns}:graphUrl"] = options.GraphUrl;
        }

        var items = new Dictionary<string, IReadOnlyList<object>>();
        var userNames = UserReferenceNames.From(live);
        var guests = live.Users.Where(u => u.IsGuest && !string.IsNullOrEmpty(u.Mail) && !leftOut.Contains(u)).ToList();
        if (guests.Count > 0)
        {
            config[$"{ns}:guests"] = guests.Select(GuestNode).ToList();
            items[Sections.Guests] = guests;
        }

        var policies = live.ConditionalAccessPolicies
            .Where(p => (options.IncludeMicrosoftManagedPolicies || !MicrosoftManagedPolicy.Is(p)) && !leftOut.Contains(p))
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (policies.Count > 0)
        {
            config[$"{ns}:conditionalAccessPolicies"] = policies.Select(p => PolicyNodes.Policy(p.Body, userNames)).ToList();
            items[Sections.Policies] = policies;
        }

        var partners = live.Partners.Where(p => !leftOut.Contains(p)).OrderBy(p => p.TenantId, StringComparer.OrdinalIgnoreCase).ToList();
        var crossTenant = CrossTenantNodes.CrossTenantAccess(live, partners);
        if (crossTenant is not null)
        {
            config[$"{ns}:crossTenantAccess"] = crossTenant;
            items[Sections.Partners] = partners;
        }

        var serializer = new SerializerBuilder()
            .WithQuotingNecessaryStrings()
            .WithIndentedSequences()
            .Build();
        var header = options.SchemaHint is null ? string.Empty : $"# yaml-language-server: $schema={options.SchemaHint}\n";
        var yaml = header + serializer.Serialize(new Dictionary<string, object?> { ["config"] = config })
            + BreakGlassSuggestion.Comment(live, policies, userNames, ns);
        return (yaml, items);
    }

    private static Dictionary<string, object?> GuestNode(LiveUser user)
    {
        var node = new Dictionary<string, object?> { ["email"] = user.Mail };
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            node["displayName"] = user.DisplayName;
        }

        if (user.AccountEnabled == false)
        {
            node["accountEnabled"] = false;
        }

        return node;
    }

    /// <summary>The sequences of the exported config, by the path of their key.</summary>
    internal static class Sections
    {
        public const string Guests = "guests";
        public const string Policies = "conditionalAccessPolicies";
        public const string Partners = "crossTenantAccess.partners";
    }
}

/// <param name="Namespace">The config namespace (the project name in Pulumi.yaml).</param>
/// <param name="GraphUrl">Written as <c>graphUrl</c> when not null (e.g. <c>local</c>).</param>
/// <param name="SchemaHint">Where the editor finds the JSON schema (a path relative to the stack file, or a URL), or null.</param>
public sealed record ExportOptions(string Namespace = "b2b", string? GraphUrl = null, string? SchemaHint = null, bool IncludeMicrosoftManagedPolicies = false);
