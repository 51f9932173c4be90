using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Reporting.Access;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Reporting;

/// <summary>Who and what a report is about: the stack, the tenant, and how much of the tenant was read.</summary>
public sealed record ReportHeader(string Stack, string TenantId, string? TenantName, ReadScope Scope)
{
    /// <summary>The commit whose stack was read (<c>--commit</c>, else <c>GITHUB_SHA</c>), so a reviewer knows which push it shows.</summary>
    public string? Commit { get; init; }

    /// <summary>When the tenant was read: a plan is only as fresh as its read.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>The CI run whose artifacts hold the whole report, for a comment cut to GitHub's limit.</summary>
    public string? RunUrl { get; init; }
}

/// <summary>
/// A property a change touches, rendered short for people. For a create, only <see cref="Declared"/> means anything.
/// <see cref="Values"/> holds the same values as JSON where the planner knows them.
/// </summary>
public sealed record PropertyRow(string Path, string Declared, string Live)
{
    public PropertyValues? Values { get; init; }

    public static PropertyRow From(PropertyDifference difference) =>
        new(difference.Path, difference.Declared, difference.Live) { Values = difference.Values };
}

/// <summary>
/// One drifted object. <see cref="Name"/> is a friendlier label (a partner's organisation name) when known;
/// <see cref="Effect"/> is what the drift did to guest access.
/// </summary>
public sealed record DriftRow(
    ResourceType ResourceType,
    string Key,
    string? Name,
    DriftStatus Status,
    IReadOnlyList<PropertyRow> Properties,
    string? InvitationState = null,
    Effect Effect = Effect.Neutral);

public sealed record GuestRow(string Email, string? InvitationState);

/// <summary>An object the stack does not declare; <see cref="Reason"/> says why it weakens guest access, when it does.</summary>
public sealed record UnmanagedRow(ResourceType ResourceType, string Key, string? Name)
{
    public Effect Effect { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A path of a declared object that another team manages (<c>ignoreChanges</c>): not compared, never written.</summary>
public sealed record IgnoredRow(ResourceType ResourceType, string Key, string? Name, string Path);

/// <summary>What the tenant holds beyond the stack. <see cref="GuestCount"/> counts all unmanaged guests; only a sample is listed.</summary>
public sealed record UnmanagedSummary(int GuestCount, IReadOnlyList<UnmanagedRow> Objects, bool PartnersRead = true);

public sealed record DiagnosticRow(string Code, string Severity, string Message, string? Location)
{
    /// <summary>The location as parts, for documents that give it as <c>{file, line, column}</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceLocation? Source { get; init; }

    /// <summary>Every guest a finding about a group of guests stands for; null for other findings.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? Guests { get; init; }
}

/// <summary>A safety gate that fired, with the override that lifts it and whether it was passed.</summary>
public sealed record SafetyRow(string Code, string Severity, string Message, string? OverrideName, bool Overridden, bool Blocks);

/// <summary>
/// How one sign-in would be decided before and after the plan (filled by the access evaluator): who signs in, into
/// which app, both outcomes as the evaluator gives them, and why the outcome changes.
/// </summary>
public sealed record SignInImpactRow(SignInSubject Subject, string AppId, string App, AccessOutcome Before, AccessOutcome After, string Reason);

/// <summary>One declared guest (<see cref="Email"/>), or any B2B guest from a partner tenant (<see cref="TenantId"/>).</summary>
/// <param name="Label">How people read it: the email, or "guests from Fabrikam".</param>
/// <param name="New">A declared guest the plan invites; partner rows are never new.</param>
public sealed record SignInSubject(SignInSubjectKind Kind, string Label, string? Email = null, string? TenantId = null, bool New = false);

public enum SignInSubjectKind
{
    Guest,
    PartnerGuests,
}

/// <summary>The view of a drift check: everything a renderer prints, already decided.</summary>
public sealed record DriftReport(
    ReportHeader Header,
    IReadOnlyList<DriftRow> Drift,
    IReadOnlyList<GuestRow> Guests,
    UnmanagedSummary Unmanaged,
    IReadOnlyList<DiagnosticRow> Diagnostics)
{
    public bool InSync => Drift.Count == 0;

    public int Weakening => Drift.Count(r => r.Effect == Effect.Weakens);

    /// <summary>Paths left to another team, listed in every report so nothing is unmanaged silently.</summary>
    public IReadOnlyList<IgnoredRow> Ignored { get; init; } = [];

    /// <summary>Each guest group's way in as the stack declares it and as the tenant has it, for the diagrams.</summary>
    public AccessPaths AccessPaths { get; init; } = AccessPaths.Empty;

    /// <summary>The unmanaged objects that weaken guest access of the declared scope, which reports lead with.</summary>
    public IReadOnlyList<UnmanagedRow> WeakeningUnmanaged => [.. Unmanaged.Objects.Where(o => o.Effect == Effect.Weakens)];
}

/// <summary>One write, with the property differences that cause it and what it does to guest access.</summary>
public sealed record ActionRow(ChangeKind Kind, ResourceType ResourceType, string Key, string? Name, IReadOnlyList<PropertyRow> Properties, Effect Effect = Effect.Neutral);

/// <summary>The view of a plan: the drift it starts from, the ordered writes, the gates, and the sign-in impact.</summary>
public sealed record PlanReport(
    DriftReport Drift,
    IReadOnlyList<ActionRow> Actions,
    PlanSummary Summary,
    IReadOnlyList<SafetyRow> Safety,
    bool CanApply,
    IReadOnlyList<SignInImpactRow> SignInImpact)
{
    public bool IsEmpty => Actions.Count == 0;

    public int Weakening => Actions.Count(a => a.Effect == Effect.Weakens);

    /// <summary>Each guest group's way in before and after the plan, for the diagrams.</summary>
    public AccessPaths AccessPaths { get; init; } = AccessPaths.Empty;

    /// <summary>The tenant's sign-ins replayed against the change (<c>plan --evidence N</c>); null when not asked for.</summary>
    public Evidence.EvidenceReport? Evidence { get; init; }
}
