using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The engine's side of the plugin protocol, in the order <c>pulumi up</c> makes the calls: requests built as the
/// engine builds them (URNs, old and new property maps as <see cref="Struct"/>s), answers handed back unchanged.
/// </summary>
internal sealed class ProviderCalls(PluginClient client)
{
    private const string ProviderUrn = "urn:pulumi:dev::b2b::pulumi:providers:xtap::xtap";

    public static string PartnerUrn(string tenantId) => Urn(XtapTokens.PartnerSettings, $"partner-{tenantId}");

    public static string DefaultUrn => Urn(XtapTokens.DefaultSettings, "cross-tenant-default");

    public Task<PluginClient.Message> GetSchemaAsync() => client.CallAsync("GetSchema", ("version", 0));

    public async Task<PluginClient.Message> ConfigureAsync(string tenantId, string graphUrl)
    {
        var inputs = new JsonObject { ["tenantId"] = tenantId, ["graphUrl"] = graphUrl };
        var check = await client.CallAsync("CheckConfig", ("urn", ProviderUrn), ("olds", new Struct()), ("news", Structs.From(inputs)));
        return await client.CallAsync("Configure", ("args", check.Struct("inputs")), ("acceptSecrets", true), ("acceptResources", true));
    }

    public Task<PluginClient.Message> CheckAsync(string urn, JsonObject news) =>
        client.CallAsync("Check", ("urn", urn), ("olds", new Struct()), ("news", Structs.From(news)));

    /// <summary>Check, then Create with the checked inputs, as the engine does for a new resource.</summary>
    public async Task<PluginClient.Message> CreateAsync(string urn, JsonObject inputs, bool preview = false)
    {
        var check = await CheckAsync(urn, inputs);
        return await client.CallAsync("Create", ("urn", urn), ("properties", check.Struct("inputs")), ("preview", preview), ("timeout", 60d));
    }

    public Task<PluginClient.Message> ReadAsync(string urn, string id, Struct state, JsonObject inputs) =>
        client.CallAsync("Read", ("urn", urn), ("id", id), ("properties", state), ("inputs", Structs.From(inputs)));

    public Task<PluginClient.Message> DiffAsync(string urn, string id, Struct olds, JsonObject news) =>
        client.CallAsync("Diff", ("urn", urn), ("id", id), ("olds", olds), ("news", Structs.From(news)));

    public Task<PluginClient.Message> UpdateAsync(string urn, string id, Struct olds, JsonObject news) =>
        client.CallAsync("Update", ("urn", urn), ("id", id), ("olds", olds), ("news", Structs.From(news)), ("timeout", 60d));

    public Task<PluginClient.Message> DeleteAsync(string urn, string id, Struct state) =>
        client.CallAsync("Delete", ("urn", urn), ("id", id), ("properties", state), ("timeout", 60d));

    private static string Urn(string type, string name) => $"urn:pulumi:dev::b2b::{type}::{name}";
}
