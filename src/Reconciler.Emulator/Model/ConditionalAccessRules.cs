using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Model;

/// <summary>
/// Turns client JSON into a stored policy (POST and PATCH share this), answering with Graph's 400s:
/// schema problems use the "1007" message, semantic ones a short "10xx" reason.
/// </summary>
internal static class ConditionalAccessRules
{
    private const string SchemaMessage =
        "1007: Incoming ConditionalAccessPolicy object is null or does not match the schema of ConditionalAccessPolicy type. " +
        "For examples, please see API documentation at https://learn.microsoft.com/en-us/graph/api/resources/conditionalaccesspolicy?view=graph-rest-1.0.";

    /// <summary>Normalises and validates; the server fields are passed in (kept on PATCH, fresh on POST).</summary>
    public static JsonObject? Build(JsonObject input, string id, string created, string? modified, out EmulatorResponse? failure)
    {
        failure = null;
        var normalized = ShapeNormalizer.Normalize(ConditionalAccessShape.Policy, input, out var schemaError);
        if (normalized is null)
        {
            failure = EmulatorResponse.Fail(400, "BadRequest", SchemaMessage + " Detail: " + schemaError);
            return null;
        }
        if (Semantics(normalized) is { } reason)
        {
            failure = EmulatorResponse.Fail(400, "BadRequest", reason);
            return null;
        }
        ConditionalAccessShape.AnnotateExternalTenants(normalized);
        var policy = new JsonObject
        {
            ["id"] = id,
            ["templateId"] = null,
            ["displayName"] = normalized["displayName"]?.DeepClone(),
            ["createdDateTime"] = created,
            ["modifiedDateTime"] = modified,
            ["deletedDateTime"] = null,
        };
        foreach (var (name, value) in normalized.Where(p => !policy.ContainsKey(p.Key)).ToList())
        {
            policy[name] = value?.DeepClone();
        }
        return policy;
    }

    private static string? Semantics(JsonObject p)
    {
        if (string.IsNullOrWhiteSpace(Wire.AsString(p["displayName"])))
        {
            return "1001: ConditionalAccessPolicy validation failed: displayName is required.";
        }
        if (p["state"] is null)
        {
            return "1002: ConditionalAccessPolicy validation failed: state is required.";
        }
        if (p["conditions"] is not JsonObject conditions || conditions["applications"] is null)
        {
            return "1003: ConditionalAccessPolicy validation failed: conditions.applications is required.";
        }
        if (conditions["users"] is null && conditions["clientApplications"] is null)
        {
            return "1004: ConditionalAccessPolicy validation failed: conditions.users is required.";
        }
        return ObjectIdRules.Problem(p) ?? GrantProblems(p["grantControls"] as JsonObject, HasSessionControl(p["sessionControls"] as JsonObject));
    }

    /// <summary>A sessionControls object whose every member is null controls nothing, so it is not a session control.</summary>
    private static bool HasSessionControl(JsonObject? session) =>
        session is not null && session.Any(p => !p.Key.StartsWith('@') && p.Value is not null);

    private static string? GrantProblems(JsonObject? grant, bool hasSession)
    {
        var controls = (grant?["builtInControls"] as JsonArray)?.Select(c => Wire.AsString(c)!).ToList() ?? [];
        var hasGrant = controls.Count > 0 || grant?["authenticationStrength"] is JsonObject
            || (grant?["termsOfUse"] as JsonArray)?.Count > 0 || (grant?["customAuthenticationFactors"] as JsonArray)?.Count > 0;
        if (!hasGrant && !hasSession)
        {
            return "1005: ConditionalAccessPolicy validation failed: at least one grant or session control is required.";
        }
        if (hasGrant && grant?["operator"] is null)
        {
            return "1006: ConditionalAccessPolicy validation failed: grantControls.operator must be AND or OR.";
        }
        if (controls.Contains("block") && (controls.Count > 1 || grant?["authenticationStrength"] is JsonObject))
        {
            return "1008: ConditionalAccessPolicy validation failed: block cannot be combined with other controls.";
        }
        if (controls.Contains("mfa") && grant?["authenticationStrength"] is JsonObject)
        {
            return "1009: ConditionalAccessPolicy validation failed: mfa and authenticationStrength cannot be required in the same grant controls.";
        }
        if (controls.Contains("passwordChange") && (!controls.Contains("mfa") || Wire.AsString(grant?["operator"]) != "AND"))
        {
            return "1032: ConditionalActionPolicy validation failed due to InvalidPasswordResetControl.";
        }
        return null;
    }

    /// <summary>PATCH semantics: present top-level properties replace; inside conditions, present children replace.</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject patch)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in patch)
        {
            if (name == "conditions" && value is JsonObject patchConditions && merged["conditions"] is JsonObject conditions)
            {
                foreach (var (child, childValue) in patchConditions)
                {
                    conditions[child] = childValue?.DeepClone();
                }
                continue;
            }
            merged[name] = value?.DeepClone();
        }
        return merged;
    }
}
