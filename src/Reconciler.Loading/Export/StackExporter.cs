using Reconciler.Core.Live;
using YamlDotNet.Serialization;

namespace Reconciler.Core.Export;

/// <summary>
/// Writes a stack file's <c>config:</c> block from a live snapshot, so a team can adopt an existing tenant.
/// Only values that carry meaning are written (no empty lists, no nulls, no server-filled fields), which is
/// what makes "export, then drift" come out in sync: everything exported is declared, and nothing else is.
/// </summary>
public static class StackExporter
{
    public static string Export(LiveSnapshot live, ExportOptions options)
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

        var userNames = UserReferenceNames.From(live);
        var guests = live.Users.Where(u => u.IsGuest && !string.IsNullOrEmpty(u.Mail)).Select(GuestNode).ToList();
        if (guests.Count > 0)
        {
            config[$"{ns}:guests"] = guests;
        }

        var policies = live.ConditionalAccessPolicies
            .Where(p => options.IncludeMicrosoftManagedPolicies || !IsMicrosoftManaged(p))
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(p => PolicyNodes.Policy(p.Body, userNames))
            .ToList();
        if (policies.Count > 0)
        {
            config[$"{ns}:conditionalAccessPolicies"] = policies;
        }

        var crossTenant = CrossTenantNodes.CrossTenantAccess(live);
        if (crossTenant is not null)
        {
            config[$"{ns}:crossTenantAccess"] = crossTenant;
        }

        var serializer = new SerializerBuilder()
            .WithQuotingNecessaryStrings()
            .WithIndentedSequences()
            .Build();
        var header = options.SchemaHint is null ? string.Empty : $"# yaml-language-server: $schema={options.SchemaHint}\n";
        return header + serializer.Serialize(new Dictionary<string, object?> { ["config"] = config });
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

    /// <summary>Policies Microsoft creates and manages are not the team's to declare.</summary>
    internal static bool IsMicrosoftManaged(LivePolicy policy) =>
        policy.DisplayName.StartsWith("Microsoft-managed", StringComparison.OrdinalIgnoreCase) || policy.TemplateId is not null;
}

/// <param name="Namespace">The config namespace (the project name in Pulumi.yaml).</param>
/// <param name="GraphUrl">Written as <c>graphUrl</c> when not null (e.g. <c>local</c>).</param>
/// <param name="SchemaHint">Relative path of the JSON schema for the editor hint, or null.</param>
public sealed record ExportOptions(string Namespace = "b2b", string? GraphUrl = null, string? SchemaHint = null, bool IncludeMicrosoftManagedPolicies = false);
