using System.Text;
using System.Text.Json;
using Reconciler.Core.Access;

namespace Reconciler.Core.Reports.WhatIf;

/// <summary>
/// The what-if result as JSON, a stable contract for scripts: <c>policies[]</c> (displayName, state, applies,
/// reasons, enforced, requiredControls) and <c>outcome</c> (result, requiredControls, enforced, mfa, blockReason).
/// Fields are only ever added.
/// </summary>
public static class WhatIfJsonRenderer
{
    public static string Render(AccessDecision decision)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartArray("policies");
            foreach (var policy in decision.Policies)
            {
                WritePolicy(json, policy);
            }

            json.WriteEndArray();
            WriteOutcome(json, decision.Outcome);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WritePolicy(Utf8JsonWriter json, PolicyEvaluation policy)
    {
        json.WriteStartObject();
        json.WriteString("displayName", policy.DisplayName);
        json.WriteString("state", policy.State);
        json.WriteBoolean("applies", policy.Applies);
        WriteStrings(json, "reasons", policy.Reasons);
        json.WriteBoolean("enforced", policy.Enforced);
        WriteStrings(json, "requiredControls", policy.RequiredControls);
        json.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter json, AccessOutcome outcome)
    {
        json.WriteStartObject("outcome");
        json.WriteString("result", outcome.Result.ToToken());
        WriteStrings(json, "requiredControls", outcome.RequiredControls);
        json.WriteBoolean("enforced", outcome.Enforced);
        json.WriteString("mfa", outcome.Mfa.ToToken());
        if (outcome.BlockReason is { } reason)
        {
            json.WriteString("blockReason", reason.ToToken());
        }
        else
        {
            json.WriteNull("blockReason");
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
