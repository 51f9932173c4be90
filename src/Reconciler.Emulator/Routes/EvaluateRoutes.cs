using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.WhatIf;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// POST /identity/conditionalAccess/evaluate (What If), a documented subset (docs/emulator.md): every stored policy
/// comes back with <c>policyApplies</c> and <c>analysisReasons</c>, or only those that apply.
/// </summary>
internal static class EvaluateRoutes
{
    public static IEnumerable<Route> All() =>
        [Route.Of("POST", "/identity/conditionalAccess/evaluate", Permissions.ConditionalAccessRead, Evaluate)];

    private static EmulatorResponse Evaluate(RouteContext ctx)
    {
        if (ctx.Request.BodyObject() is not { } body)
        {
            return EmulatorResponse.Fail(400, "BadRequest", "The request body must be a JSON object with signInIdentity, signInContext and signInConditions.");
        }
        if (SignInFacts.Read(body, out var problem) is not { } signIn)
        {
            return EmulatorResponse.Fail(400, "BadRequest", problem!);
        }

        signIn = WithMemberships(ctx.Store, signIn);
        var appliedOnly = body["appliedPoliciesOnly"] is JsonValue flag && flag.TryGetValue<bool>(out var only) && only;
        var results = ctx.Store.PolicyValues
            .Select(policy => Result(policy, PolicyAnalysis.Evaluate(policy, signIn)))
            .Where(result => !appliedOnly || result["policyApplies"]!.GetValue<bool>());
        return EmulatorResponse.Ok(Wire.Collection(ctx.Context("Collection(microsoft.graph.whatIfAnalysisResult)"), results));
    }

    /// <summary>What the directory says about the user: transitive groups and the template ids of its roles.</summary>
    private static SignInFacts WithMemberships(TenantStore store, SignInFacts signIn)
    {
        var (groups, roles) = store.MembershipsOf(signIn.UserId, transitive: true);
        return signIn with
        {
            GroupIds = groups.Select(g => Wire.AsString(g["id"])).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase),
            RoleTemplateIds = roles.Select(r => Wire.AsString(r["roleTemplateId"])).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    private static JsonObject Result(JsonObject policy, string reason)
    {
        var result = (JsonObject)policy.DeepClone();
        result["policyApplies"] = reason == PolicyAnalysis.Applies;
        result["analysisReasons"] = reason;
        return result;
    }
}
