using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.WhatIf;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// One policy's entry in a logged sign-in. A policy that applies is satisfied when its grant controls are: MFA by
/// MFA done here or at a trusted home tenant; block never; device and app controls never, because the local tenant
/// has no devices. Unsatisfied MFA interrupts the sign-in for a prompt (<c>reportOnlyInterrupted</c> when report-only;
/// enabled, the user did not complete it, so <c>failure</c>), except for a direct connect user, who cannot do MFA here.
/// </summary>
internal sealed record PolicyVerdict(string Result, bool Applies, int? ErrorCode, string? FailureReason)
{
    private const string BlockedReason = "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.";
    private const string MfaReason = "Strong Authentication is required.";
    private const string DeviceReason = "Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.";

    public static PolicyVerdict Of(JsonObject policy, string analysis, bool mfaDone, bool directConnect)
    {
        var state = Wire.AsString(policy["state"]);
        var reportOnly = state == "enabledForReportingButNotEnforced";
        if (state is not ("enabled" or "enabledForReportingButNotEnforced"))
        {
            return new("notEnabled", false, null, null);
        }
        if (analysis != PolicyAnalysis.Applies)
        {
            return new(reportOnly ? "reportOnlyNotApplied" : "notApplied", false, null, null);
        }

        var grant = policy["grantControls"] as JsonObject;
        var controls = SignInFacts.Strings(grant?["builtInControls"]);
        var wantsMfa = controls.Contains("mfa", StringComparer.OrdinalIgnoreCase) || grant?["authenticationStrength"] is JsonObject;
        var anyOne = !string.Equals(Wire.AsString(grant?["operator"]), "AND", StringComparison.OrdinalIgnoreCase);
        var others = controls.Where(c => !string.Equals(c, "mfa", StringComparison.OrdinalIgnoreCase)).ToList();
        var blocks = others.Contains("block", StringComparer.OrdinalIgnoreCase);
        var satisfied = !blocks && (wantsMfa || others.Count > 0)
            && (anyOne ? (wantsMfa && mfaDone) : (!wantsMfa || mfaDone) && others.Count == 0);
        if (grant is null || satisfied)
        {
            return new(reportOnly ? "reportOnlySuccess" : "success", true, null, null);
        }

        var prompt = !blocks && wantsMfa && !directConnect && (anyOne || others.Count == 0);
        var (code, reason) = blocks ? (53003, BlockedReason) : prompt ? (50074, MfaReason) : (53000, DeviceReason);
        return reportOnly
            ? new(prompt ? "reportOnlyInterrupted" : "reportOnlyFailure", true, null, null)
            : new("failure", true, code, reason);
    }

    public JsonObject ToJson(JsonObject policy) => new()
    {
        ["id"] = policy["id"]?.DeepClone(),
        ["displayName"] = policy["displayName"]?.DeepClone(),
        ["enforcedGrantControls"] = Applies ? GrantWords(policy) : new JsonArray(),
        ["enforcedSessionControls"] = new JsonArray(),
        ["result"] = Result,
    };

    /// <summary>The log's names for grant controls (<c>Mfa</c>, <c>Block</c>, <c>RequireCompliantDevice</c>).</summary>
    private static JsonArray GrantWords(JsonObject policy)
    {
        var grant = policy["grantControls"] as JsonObject;
        var words = SignInFacts.Strings(grant?["builtInControls"]).Select(c => c switch
        {
            "mfa" => "Mfa",
            "block" => "Block",
            "compliantDevice" => "RequireCompliantDevice",
            "domainJoinedDevice" => "RequireDomainJoinedDevice",
            "approvedApplication" => "RequireApprovedApp",
            "compliantApplication" => "RequireCompliantApp",
            "passwordChange" => "RequirePasswordChange",
            _ => c,
        }).ToList();
        if (grant?["authenticationStrength"] is JsonObject)
        {
            words.Add("AuthenticationStrength");
        }
        return new JsonArray(words.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray());
    }
}
