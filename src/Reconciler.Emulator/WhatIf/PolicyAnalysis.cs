using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.WhatIf;

/// <summary>
/// One stored policy against one sign-in, the way the What If tool reports it: only enabled and report-only policies
/// are evaluated, and a policy that does not apply names the first condition that failed. A condition the sign-in
/// gives no detail for (a platform, a risk level) fails under its own name; named locations, device filters and
/// workload identities are beyond the local tenant and fail likewise.
/// </summary>
internal static class PolicyAnalysis
{
    public const string Applies = "notSet";

    public static string Evaluate(JsonObject policy, SignInFacts signIn)
    {
        var state = Wire.AsString(policy["state"]);
        if (state is not ("enabled" or "enabledForReportingButNotEnforced"))
        {
            return "policyNotEnabled";
        }

        var conditions = policy["conditions"] as JsonObject ?? [];
        Func<string?>[] checks =
        [
            () => UserAssignment.Applies(conditions["users"] as JsonObject, signIn) ? null : "users",
            () => conditions["clientApplications"] is JsonObject ? "workloadIdentities" : null,
            () => Applications(conditions["applications"] as JsonObject, signIn),
            () => Platforms(conditions["platforms"] as JsonObject, signIn.Condition("devicePlatform")),
            () => conditions["devices"] is JsonObject { } devices && devices["deviceFilter"] is JsonObject ? "devices" : null,
            () => ClientApps(conditions["clientAppTypes"], signIn.Condition("clientAppType")),
            () => Locations(conditions["locations"] as JsonObject),
            () => Level(conditions["signInRiskLevels"], signIn.Condition("signInRiskLevel"), "signInRisk"),
            () => Level(conditions["userRiskLevels"], signIn.Condition("userRiskLevel"), "userRisk"),
            () => Flagged(conditions["insiderRiskLevels"], signIn.Condition("insiderRiskLevel"), "insiderRisk"),
            () => conditions["authenticationFlows"] is JsonObject flows
                ? Flagged(flows["transferMethods"], Wire.AsString((signIn.Conditions["authenticationFlow"] as JsonObject)?["transferMethod"]), "authenticationFlow")
                : null,
        ];
        return checks.Select(check => check()).FirstOrDefault(reason => reason is not null) ?? Applies;
    }

    /// <summary>App ids, <c>All</c> and <c>None</c>. App groups (Office365, ...) never match an app id, as in the What If tool.</summary>
    private static string? Applications(JsonObject? applications, SignInFacts signIn)
    {
        var included = SignInFacts.Strings(applications?["includeApplications"]);
        if (included.Count == 0)
        {
            return SignInFacts.Strings(applications?["includeUserActions"]).Count > 0 ? "userActions"
                : SignInFacts.Strings(applications?["includeAuthenticationContextClassReferences"]).Count > 0 ? "authenticationContext"
                : "application";
        }
        bool Names(string entry) =>
            string.Equals(entry, "All", StringComparison.OrdinalIgnoreCase)
            || signIn.Applications.Contains(entry, StringComparer.OrdinalIgnoreCase);
        var applies = included.Any(Names) && !SignInFacts.Strings(applications!["excludeApplications"]).Any(Names)
            && applications["applicationFilter"] is not JsonObject;
        return applies ? null : "application";
    }

    private static string? Platforms(JsonObject? platforms, string? platform)
    {
        var included = SignInFacts.Strings(platforms?["includePlatforms"]);
        if (included.Count == 0)
        {
            return null;
        }
        var excluded = SignInFacts.Strings(platforms!["excludePlatforms"]);
        var applies = platform is not null
            && (Contains(included, "all") || Contains(included, platform))
            && !(Contains(excluded, "all") || Contains(excluded, platform));
        return applies ? null : "devicePlatform";
    }

    private static string? ClientApps(JsonNode? types, string? clientApp)
    {
        var listed = SignInFacts.Strings(types);
        return listed.Count == 0 || Contains(listed, "all") || (clientApp is not null && Contains(listed, clientApp)) ? null : "clientApps";
    }

    /// <summary>The local tenant has no named locations, so only "everywhere" without exclusions can be decided.</summary>
    private static string? Locations(JsonObject? locations)
    {
        var included = SignInFacts.Strings(locations?["includeLocations"]);
        return included.Count == 0 || (Contains(included, "All") && SignInFacts.Strings(locations!["excludeLocations"]).Count == 0)
            ? null
            : "location";
    }

    private static string? Level(JsonNode? levels, string? level, string reason)
    {
        var listed = SignInFacts.Strings(levels);
        return listed.Count == 0 || (level is not null && Contains(listed, level)) ? null : reason;
    }

    private static string? Flagged(JsonNode? flags, string? value, string reason) =>
        flags is null || (value is not null && Contains(UserAssignment.Flags(flags), value)) ? null : reason;

    private static bool Contains(IEnumerable<string> values, string value) => values.Contains(value, StringComparer.OrdinalIgnoreCase);
}
