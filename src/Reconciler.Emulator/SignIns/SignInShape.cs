using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// A v1.0 <c>signIn</c> as Graph lists it: every documented property present, in Graph's order, with the values a
/// plain interactive sign-in carries where the caller gave none. Beta-only properties (<c>homeTenantId</c>,
/// <c>crossTenantAccessType</c>, <c>authenticationDetails</c>, ...) are never written.
/// </summary>
internal static class SignInShape
{
    private static readonly string[] Order =
    [
        "id", "createdDateTime", "userDisplayName", "userPrincipalName", "userId", "appId", "appDisplayName", "ipAddress",
        "clientAppUsed", "correlationId", "conditionalAccessStatus", "isInteractive", "riskDetail", "riskLevelAggregated",
        "riskLevelDuringSignIn", "riskState", "riskEventTypes", "riskEventTypes_v2", "resourceDisplayName", "resourceId",
        "status", "deviceDetail", "location", "appliedConditionalAccessPolicies",
    ];

    public static JsonObject Complete(JsonObject given)
    {
        var defaults = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["createdDateTime"] = Wire.PreciseNow(),
            ["userDisplayName"] = null,
            ["userPrincipalName"] = null,
            ["userId"] = null,
            ["appId"] = null,
            ["appDisplayName"] = null,
            ["ipAddress"] = null,
            ["clientAppUsed"] = "Browser",
            ["correlationId"] = Guid.NewGuid().ToString(),
            ["conditionalAccessStatus"] = "notApplied",
            ["isInteractive"] = true,
            ["riskDetail"] = "none",
            ["riskLevelAggregated"] = "none",
            ["riskLevelDuringSignIn"] = "none",
            ["riskState"] = "none",
            ["riskEventTypes"] = new JsonArray(),
            ["riskEventTypes_v2"] = new JsonArray(),
            ["resourceDisplayName"] = given["appDisplayName"]?.DeepClone(),
            ["resourceId"] = given["appId"]?.DeepClone(),
            ["status"] = new JsonObject { ["errorCode"] = 0, ["failureReason"] = null, ["additionalDetails"] = null },
            ["deviceDetail"] = new JsonObject
            {
                ["deviceId"] = "",
                ["displayName"] = null,
                ["operatingSystem"] = null,
                ["browser"] = null,
                ["isCompliant"] = null,
                ["isManaged"] = null,
                ["trustType"] = null,
            },
            ["location"] = new JsonObject
            {
                ["city"] = null,
                ["state"] = null,
                ["countryOrRegion"] = null,
                ["geoCoordinates"] = new JsonObject { ["altitude"] = null, ["latitude"] = null, ["longitude"] = null },
            },
            ["appliedConditionalAccessPolicies"] = new JsonArray(),
        };
        var signIn = new JsonObject();
        foreach (var name in Order)
        {
            signIn[name] = given.ContainsKey(name) ? given[name]?.DeepClone() : defaults[name]?.DeepClone();
        }
        if (Wire.AsString(signIn["id"]) is null || Wire.AsString(signIn["createdDateTime"]) is not { } created
            || !DateTimeOffset.TryParse(created, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException("a sign-in needs an id and a createdDateTime in ISO 8601.");
        }
        if (Wire.AsString(signIn["userId"]) is null)
        {
            throw new ArgumentException("a sign-in needs a userId.");
        }
        return signIn;
    }

    /// <summary>The sign-in with only the named top-level properties ($select); id is always kept.</summary>
    public static JsonObject Project(JsonObject signIn, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return signIn;
        }
        var projected = new JsonObject();
        foreach (var (name, value) in signIn)
        {
            if (name == "id" || select.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                projected[name] = value?.DeepClone();
            }
        }
        return projected;
    }

    /// <summary>
    /// Without <c>Prefer: include-unknown-enum-members</c>, Graph sends <c>unknownFutureValue</c> for the evolvable
    /// report-only results, as it does for every value added to an enum after v1.0 was published.
    /// </summary>
    public static void HideReportOnlyResults(JsonObject signIn)
    {
        foreach (var policy in (signIn["appliedConditionalAccessPolicies"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Wire.AsString(policy["result"]) is { } result && result.StartsWith("reportOnly", StringComparison.Ordinal))
            {
                policy["result"] = "unknownFutureValue";
            }
        }
    }
}
