using System.Text.Json.Nodes;
using N = Reconciler.PulumiMapping.CrossTenant.XtapPropertyNames;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Provider;

/// <summary>
/// The package schema <c>GetSchema</c> answers: the provider's two inputs and the two resources, each block an object
/// in Graph's JSON shape. Built from the same property names the program and Core's checks use, so they cannot part.
/// </summary>
public static class XtapSchema
{
    public const string Version = "0.1.0";

    public static string Json { get; } = Build().ToJsonString();

    private static JsonObject Build()
    {
        var providerInputs = new JsonObject
        {
            ["tenantId"] = Text("The resource tenant (azuread:tenantId); every call is pinned to it."),
            ["graphUrl"] = Text("Microsoft Graph (the default), a national cloud, or the URL of a local tenant."),
        };
        return new JsonObject
        {
            ["name"] = XtapTokens.Package,
            ["version"] = Version,
            ["description"] = "Microsoft Entra cross-tenant access settings: the default and partner configurations.",
            ["provider"] = new JsonObject { ["inputProperties"] = providerInputs, ["requiredInputs"] = new JsonArray("tenantId") },
            ["resources"] = new JsonObject
            {
                [XtapTokens.DefaultSettings] = Resource("The tenant's cross-tenant access default (a singleton).", partner: false),
                [XtapTokens.PartnerSettings] = Resource("A partner's cross-tenant access configuration, keyed by its tenant id.", partner: true),
            },
        };
    }

    private static JsonObject Resource(string description, bool partner)
    {
        var properties = new JsonObject();
        if (partner)
        {
            properties[N.TenantId] = Text("The partner's tenant id; a change replaces the resource.");
        }

        properties[N.InboundTrust] = Block("Which of the partner's claims (MFA, compliant device, hybrid join) this tenant trusts.");
        foreach (var block in N.B2bBlocks)
        {
            properties[block] = Block($"Graph's {block} block: usersAndGroups and applications, each an access type and targets.");
        }

        properties[N.AutomaticUserConsentSettings] = Block("inboundAllowed and outboundAllowed.");
        if (partner)
        {
            properties[N.IsServiceProvider] = new JsonObject { ["type"] = "boolean" };
        }

        var required = partner ? new JsonArray(N.TenantId) : [];
        return new JsonObject
        {
            ["description"] = description,
            ["inputProperties"] = properties.DeepClone(),
            ["requiredInputs"] = required.DeepClone(),
            ["properties"] = properties,
            ["required"] = required,
        };
    }

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject Block(string description) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = new JsonObject { ["$ref"] = "pulumi.json#/Any" },
        ["description"] = description,
    };
}
