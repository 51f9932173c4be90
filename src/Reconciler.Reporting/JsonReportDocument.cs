using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting;

/// <summary>
/// The JSON report's shape, published as <c>docs/schema/report.schema.json</c>. Values are JSON values (a list is an
/// array, a switch a boolean), locations are parts, sign-in outcomes are the evaluator's enums. Plan-only fields are
/// null (and left out) in a drift report.
/// </summary>
public sealed record JsonReportDocument(
    int SchemaVersion,
    string Kind,
    string Stack,
    string TenantId,
    string? TenantName,
    bool InSync,
    ReadScope Scope,
    IReadOnlyList<JsonReportDocument.Object> Drift,
    IReadOnlyList<GuestRow> Guests,
    int UnmanagedGuestCount,
    IReadOnlyList<UnmanagedRow> Unmanaged,
    IReadOnlyList<JsonReportDocument.Finding> Diagnostics,
    IReadOnlyList<JsonReportDocument.Object>? Actions = null,
    PlanSummary? Summary = null,
    bool? CanApply = null,
    IReadOnlyList<string>? BlockedBy = null,
    IReadOnlyList<SafetyRow>? Safety = null,
    IReadOnlyList<JsonReportDocument.SignIn>? SignInImpact = null,
    bool UnmanagedPartnersRead = true,
    IReadOnlyList<IgnoredRow>? Ignored = null)
{
    /// <summary>2: values as JSON values, locations as parts, sign-in impact as outcomes, commit and read time.</summary>
    public const int CurrentSchemaVersion = 2;

    public string? Commit { get; init; }

    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>Plan only, with <c>--evidence N</c>: the replay of the tenant's guest sign-ins (see <see cref="Evidence.EvidenceJson"/>).</summary>
    public Evidence.EvidenceJson? Evidence { get; init; }

    /// <summary>A drifted object (with <see cref="Status"/>) or a planned write (with <see cref="Kind"/>).</summary>
    public sealed record Object(
        ChangeKind? Kind,
        ResourceType ResourceType,
        string Key,
        string? Name,
        DriftStatus? Status,
        IReadOnlyList<Property> Properties,
        string? InvitationState,
        Effect Effect);

    /// <summary>
    /// A property as JSON values; <see cref="Added"/> and <see cref="Removed"/> say how a list changes. A create has
    /// no live value (null).
    /// </summary>
    public sealed record Property(
        string Path,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonNode? Declared,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonNode? Live,
        IReadOnlyList<JsonNode?>? Added = null,
        IReadOnlyList<JsonNode?>? Removed = null);

    public sealed record Location(string File, int Line, int Column);

    public sealed record Finding(
        string Code,
        string Severity,
        string Message,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Location? Location)
    {
        /// <summary>Every guest a warning about a group of guests stands for (B2B2103); left out for other findings, by every document that writes a finding.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<string>? Guests { get; init; }
    }

    public sealed record SignIn(SignInSubject Subject, App App, AccessOutcome Before, AccessOutcome After, string Reason);

    public sealed record App(string Id, string Name);

    public static JsonReportDocument From(DriftReport report) => new JsonReportDocument(
        CurrentSchemaVersion,
        "drift",
        report.Header.Stack,
        report.Header.TenantId,
        report.Header.TenantName,
        report.InSync,
        report.Header.Scope,
        [.. report.Drift.Select(r => new Object(null, r.ResourceType, r.Key, r.Name, r.Status, Properties(ChangeStyle.Of(r.Status), r.Properties), r.InvitationState, r.Effect))],
        report.Guests,
        report.Unmanaged.GuestCount,
        report.Unmanaged.Objects,
        [.. report.Diagnostics.Select(FindingOf)]) with
    {
        UnmanagedPartnersRead = report.Unmanaged.PartnersRead,
        Commit = report.Header.Commit,
        ReadAt = report.Header.ReadAt,
        // Only when the stack ignores something, so reports of stacks that do not keep their shape.
        Ignored = report.Ignored.Count == 0 ? null : report.Ignored,
    };

    public static JsonReportDocument From(PlanReport report) => From(report.Drift) with
    {
        Kind = "plan",
        Actions = [.. report.Actions.Select(a => new Object(a.Kind, a.ResourceType, a.Key, a.Name, null, Properties(a.Kind, a.Properties), null, a.Effect))],
        Summary = report.Summary,
        CanApply = report.CanApply,
        BlockedBy = [.. report.Safety.Where(s => s.Blocks).Select(s => s.Code).Concat(report.Drift.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code)).Distinct()],
        Safety = report.Safety,
        SignInImpact = [.. report.SignInImpact.Select(s => new SignIn(s.Subject, new App(s.AppId, s.App), s.Before, s.After, s.Reason))],
        Evidence = report.Evidence is { } evidence ? Reporting.Evidence.EvidenceJson.From(evidence) : null,
    };

    private static List<Property> Properties(ChangeKind kind, IEnumerable<PropertyRow> rows) => rows.Select(row =>
    {
        var declared = row.Values is { } values ? values.Declared : JsonValue.Create(row.Declared);
        var live = kind == ChangeKind.Create ? null : row.Values is { } known ? known.Live : JsonValue.Create(row.Live);
        var list = kind == ChangeKind.Create ? null : ListChange.Of(row);
        return new Property(row.Path, declared?.DeepClone(), live?.DeepClone(), list?.Added.Select(n => n?.DeepClone()).ToList(), list?.Removed.Select(n => n?.DeepClone()).ToList());
    }).ToList();

    /// <summary>A diagnostic as every JSON report gives it (plan, drift, validation, failure).</summary>
    internal static Finding FindingOf(DiagnosticRow d) =>
        new(d.Code, d.Severity, d.Message, d.Source is { } at ? new Location(at.File, at.Line, at.Column) : null) { Guests = d.Guests };
}
