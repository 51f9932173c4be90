using System.Text;
using System.Text.Json;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting.WhatIf;

/// <summary>
/// The what-if result as JSON, a stable contract for scripts (<c>kind: whatif</c>, in docs/schema/report.schema.json): <c>policies[]</c> (displayName, state, applies,
/// reasons, enforced, requiredControls), <c>user</c> (id, email, externalUserType, homeTenantId) and <c>outcome</c> (result, requiredControls, enforced, mfa, blockReason);
/// with the tenant's own verdict, <c>graph</c> (available, note, policies[] of displayName, applies, reasons, agrees).
/// Fields are only ever added.
/// </summary>
public static class WhatIfJsonRenderer
{
    public static string Render(AccessDecision decision, ServiceVerdict? service = null, SignInUser? user = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("kind", "whatif");
            if (user is not null)
            {
                // The user as evaluated: the type and home tenant assumed when the query did not say.
                json.WriteStartObject("user");
                json.WriteString("id", user.Id);
                json.WriteString("email", user.Email);
                json.WriteString("externalUserType", user.ExternalUserType?.ToToken());
                json.WriteString("homeTenantId", user.HomeTenantId);
                json.WriteString("homeTenantInferredFrom", user.HomeTenantInferredFrom);
                json.WriteEndObject();
            }

            json.WriteStartArray("policies");
            foreach (var policy in decision.Policies)
            {
                WritePolicy(json, policy);
            }

            json.WriteEndArray();
            WriteOutcome(json, decision.Outcome);
            if (service is not null)
            {
                WriteService(json, decision, service);
            }

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

    private static void WriteService(Utf8JsonWriter json, AccessDecision decision, ServiceVerdict service)
    {
        json.WriteStartObject("graph");
        json.WriteBoolean("available", service.Available);
        if (service.Note is { } note)
        {
            json.WriteString("note", note);
        }

        json.WriteStartArray("policies");
        foreach (var comparison in service.Available ? VerdictComparison.Compare(decision, service) : [])
        {
            if (comparison.Service is not { } verdict)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("displayName", verdict.DisplayName);
            json.WriteBoolean("applies", verdict.Applies);
            WriteStrings(json, "reasons", verdict.Reasons);
            json.WriteBoolean("agrees", comparison.Agrees);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
