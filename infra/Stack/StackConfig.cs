using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi;

namespace Reconciler.Infra.Stack;

/// <summary>The stack's config as the stack file's <c>config:</c> map, rebuilt from what the Pulumi engine passes in.</summary>
/// <param name="Json">A JSON object keyed <c>namespace:key</c>, e.g. <c>{"azuread:tenantId": "...", "b2b:guests": [...]}</c>.</param>
public sealed record StackConfigJson(string ProjectName, string StackName, string Json);

/// <summary>
/// Pulumi's <see cref="Config"/> cannot list its keys, so the keys the product defines are read one by one.
/// <see cref="Config.Get"/> returns structured values as their raw JSON text and scalars as plain text, which is
/// exactly what Core's binder reads; the binder, not this class, validates them.
/// </summary>
public static class StackConfig
{
    public static IReadOnlyList<string> ProductKeys { get; } =
    [
        "graphUrl", "engine", "breakGlassAccounts", "guests", "conditionalAccessPolicies", "crossTenantAccess",
        "ignore", "retainGuestsOnDelete", "promotion",
    ];

    public static StackConfigJson Read()
    {
        var project = Deployment.Instance.ProjectName;
        var config = new JsonObject();
        var product = new Config(project);
        foreach (var key in ProductKeys)
        {
            if (product.Get(key) is { } value)
            {
                config[$"{project}:{key}"] = AsJson(value);
            }
        }

        config["azuread:tenantId"] = new Config("azuread").Require("tenantId");
        return new StackConfigJson(project, Deployment.Instance.StackName, config.ToJsonString());
    }

    /// <summary>Objects, lists, booleans and numbers arrive as JSON text; any other text is a plain string.</summary>
    private static JsonNode? AsJson(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}
