using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Model.Identity;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Reporting;

/// <summary>
/// <c>--redact</c>: replaces every email address in a report with a stable pseudonym, <c>guest-</c> and 12 hex digits
/// of an HMAC-SHA256 of the lower-cased address under a secret key, and every guest's display name with
/// <c>(name hidden)</c>. Keyed, because an unkeyed hash lets anyone test a guess ("is alex@fabrikam.example in this
/// report?"); stable under one key, so two reports still line up. Applied to the view records, before any renderer.
/// </summary>
public sealed class Redactor(byte[] key)
{
    public const string HiddenName = "(name hidden)";

    public DriftReport Redact(DriftReport report) => report with
    {
        Drift = report.Drift.Select(r => r with { Key = Text(r.Key), Name = Name(r.ResourceType, r.Name), Properties = Properties(r.ResourceType, r.Properties) }).ToList(),
        Guests = report.Guests.Select(g => g with { Email = Text(g.Email) }).ToList(),
        Unmanaged = report.Unmanaged with
        {
            Objects = report.Unmanaged.Objects.Select(o => o with { Key = Text(o.Key), Name = Name(o.ResourceType, o.Name), Reason = o.Reason is null ? null : Text(o.Reason) }).ToList(),
        },
        Diagnostics = report.Diagnostics.Select(d => d with { Message = Text(d.Message), Guests = d.Guests?.Select(Text).ToList() }).ToList(),
        Ignored = report.Ignored.Select(i => i with { Key = Text(i.Key), Name = Name(i.ResourceType, i.Name) }).ToList(),
        AccessPaths = Paths(report.AccessPaths),
    };

    public PlanReport Redact(PlanReport report) => report with
    {
        Drift = Redact(report.Drift),
        Actions = report.Actions.Select(a => a with { Key = Text(a.Key), Name = Name(a.ResourceType, a.Name), Properties = Properties(a.ResourceType, a.Properties) }).ToList(),
        Safety = report.Safety.Select(s => s with { Message = Text(s.Message) }).ToList(),
        SignInImpact = report.SignInImpact.Select(s => s with
        {
            Subject = s.Subject with { Label = Text(s.Subject.Label), Email = s.Subject.Email is { } email ? Text(email) : null },
            Reason = Text(s.Reason),
        }).ToList(),
        AccessPaths = Paths(report.AccessPaths),
        Evidence = report.Evidence is { } evidence ? Evidence.EvidenceRedaction.Redact(this, evidence) : null,
    };

    public string Pseudonym(string email)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(EmailAddress.Key(email)));
        return $"guest-{Convert.ToHexStringLower(hash)[..12]}";
    }

    public string Text(string text) => EmailAddress.ReplaceIn(text, Pseudonym);

    /// <summary>A diagram names a lone guest by email, in its group's label and its first step.</summary>
    private AccessPaths Paths(AccessPaths paths) => paths with
    {
        Groups = [.. paths.Groups.Select(g => g with { Label = Text(g.Label) })],
        Nodes = [.. paths.Nodes.Select(n => n with { Label = Text(n.Label) })],
    };

    /// <summary>A guest's label is a person's name; a policy's or a partner's is not.</summary>
    private static string? Name(ResourceType type, string? name) => type == ResourceType.Guest && name is not null ? HiddenName : name;

    private List<PropertyRow> Properties(ResourceType type, IEnumerable<PropertyRow> rows) =>
        rows.Select(p => type == ResourceType.Guest && p.Path.Contains("displayName", StringComparison.OrdinalIgnoreCase)
            ? p with { Declared = HiddenName, Live = HiddenName, Values = p.Values is null ? null : new(HiddenName, HiddenName) }
            : p with { Declared = Text(p.Declared), Live = Text(p.Live), Values = p.Values is { } values ? new(Json(values.Declared), Json(values.Live)) : null }).ToList();

    /// <summary>The JSON values the JSON report prints carry the same emails the words do: every string in them is redacted too.</summary>
    private JsonNode? Json(JsonNode? node) => node switch
    {
        JsonArray array => new JsonArray([.. array.Select(Json)]),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Json(p.Value)))),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(Text(value.GetValue<string>())),
        _ => node?.DeepClone(),
    };

}
