using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Pulumi.Testing;
using Reconciler.Emulator;
using Reconciler.Infra.Provider;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Tests;

/// <summary>
/// Performs what <c>pulumi up</c> would against a local tenant, so the program's registrations can be judged by their
/// effect: azuread's invitation and Conditional Access resources become Graph's own requests (azuread's input names
/// turned back into Graph's, as the azuread provider does), and our cross-tenant resources go through the provider's
/// operations. An input it does not know fails the run rather than being dropped.
/// </summary>
internal sealed class AzureAdStandIn(LocalTenant tenant, ITenant port) : IMocks, IDisposable
{
    private readonly HttpClient _http = GraphHttp.For(tenant);
    private readonly XtapOperations _xtap = new(_ => Task.FromResult(port));

    /// <summary>Each registered resource as its type and identity (email, display name, partner tenant id).</summary>
    public List<string> Registered { get; } = [];

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var outputs = args.Inputs.ToBuilder();
        if (args.Type!.StartsWith("pulumi:", StringComparison.Ordinal) is false)
        {
            var identity = args.Inputs.GetValueOrDefault("userEmailAddress") ?? args.Inputs.GetValueOrDefault("displayName") ?? args.Inputs.GetValueOrDefault("tenantId") ?? string.Empty;
            Registered.Add($"{args.Type} {identity}");
        }

        switch (args.Type)
        {
            case ProgramRun.Invitation:
                var invited = await PostAsync("/invitations", Invitation(args.Inputs));
                outputs["userId"] = (string)invited["invitedUser"]!["id"]!;
                outputs["redeemUrl"] = (string)invited["inviteRedeemUrl"]!;
                return ((string)invited["id"]!, outputs.ToImmutable());
            case ProgramRun.Policy:
                var policy = await PostAsync("/identity/conditionalAccess/policies", AzureAdPolicyJson.ToGraph(args.Inputs));
                outputs["objectId"] = (string)policy["id"]!;
                return ((string)policy["id"]!, outputs.ToImmutable());
            case XtapTokens.DefaultSettings or XtapTokens.PartnerSettings:
                var created = await _xtap.CreateAsync(args.Type, PropertyBags.ToProperties(Bag(args.Inputs)), preview: false, CancellationToken.None);
                return (created.Id, outputs.ToImmutable());
            default:
                return ($"{args.Name}-id", outputs.ToImmutable());
        }
    }

    /// <summary>azuread's getUsers by UPN, then getUser by mail, as the program's user references use them.</summary>
    public async Task<object> CallAsync(MockCallArgs args)
    {
        var property = args.Token switch
        {
            "azuread:index/getUsers:getUsers" => "userPrincipalName",
            "azuread:index/getUser:getUser" => "mail",
            _ => throw new InvalidOperationException($"no stand-in for {args.Token}"),
        };
        var value = property == "mail" ? (string)args.Args["mail"] : (string)((ImmutableArray<object>)args.Args["userPrincipalNames"])[0];
        var found = await GetAsync($"/users?$filter={property} eq '{value}'&$select=id");
        var ids = found["value"]!.AsArray().Select(u => (object)(string)u!["id"]!).ToImmutableArray();
        return property == "mail"
            ? ImmutableDictionary<string, object>.Empty.Add("objectId", ids.Single())
            : ImmutableDictionary<string, object>.Empty.Add("objectIds", ids);
    }

    public void Dispose() => _http.Dispose();

    private static JsonObject Invitation(ImmutableDictionary<string, object> inputs)
    {
        var body = new JsonObject
        {
            ["invitedUserEmailAddress"] = (string)inputs["userEmailAddress"],
            ["inviteRedirectUrl"] = (string)inputs["redirectUrl"],
            ["invitedUserType"] = (string)inputs["userType"],
            ["sendInvitationMessage"] = inputs.ContainsKey("message"),
        };
        if (inputs.TryGetValue("userDisplayName", out var name))
        {
            body["invitedUserDisplayName"] = (string)name;
        }

        if (inputs.TryGetValue("message", out var message) && message is ImmutableDictionary<string, object> info)
        {
            body["invitedUserMessageInfo"] = new JsonObject
            {
                ["messageLanguage"] = info.TryGetValue("language", out var language) ? (string)language : null,
                ["customizedMessageBody"] = info.TryGetValue("body", out var text) ? (string)text : null,
            };
        }

        return body;
    }

    private static Dictionary<string, object?> Bag(IReadOnlyDictionary<string, object> inputs) =>
        inputs.ToDictionary(p => p.Key, p => Value(p.Value), StringComparer.Ordinal);

    private static object? Value(object value) => value switch
    {
        IReadOnlyDictionary<string, object> map => Bag(map),
        ImmutableArray<object> list => list.Select(Value).ToList(),
        _ => value,
    };

    private async Task<JsonObject> PostAsync(string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(tenant.BaseUrl + path, content);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)!.AsObject() : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
    }

    private async Task<JsonObject> GetAsync(string path) => JsonNode.Parse(await _http.GetStringAsync(tenant.BaseUrl + path))!.AsObject();
}
