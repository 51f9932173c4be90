using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Reporting;

/// <summary>
/// For a pull-request comment: a one-line verdict, which commit and when the tenant was read, alerts, a summary table,
/// then each object's properties folded in <c>&lt;details&gt;</c> as a list (a list wraps at any width; a table of
/// long values widens the comment). A report over GitHub's comment limit is cut between sections (see
/// <see cref="MarkdownSections"/>).
/// </summary>
/// <param name="limit">The most characters the report may have; less than GitHub's limit, leaving room for what a workflow adds around it.</param>
public sealed class MarkdownRenderer(int limit = MarkdownRenderer.DefaultLimit) : IReportRenderer
{
    /// <summary>GitHub refuses a comment body longer than this.</summary>
    public const int GitHubCommentLimit = 65_536;

    /// <summary>The comment limit less room for a sticky comment's marker line and a workflow's own heading.</summary>
    public const int DefaultLimit = GitHubCommentLimit - 1_024;

    private static readonly MarkdownSections.Part TableRow = new("row of the change table", "rows of the change table");
    private static readonly MarkdownSections.Part Details = new("object's property list", "objects' property lists");
    private static readonly MarkdownSections.Part SignInRow = new("row of the sign-in impact", "rows of the sign-in impact");
    private static readonly MarkdownSections.Part GuestList = new("list of invitation states", "lists of invitation states");
    private static readonly MarkdownSections.Part Unmanaged = new("list of unmanaged objects", "lists of unmanaged objects");
    private static readonly MarkdownSections.Part Diagram = new("access-path diagram", "access-path diagrams");

    public string Render(DriftReport report)
    {
        var text = new MarkdownSections();
        var verdict = report.InSync ? "In sync" : $"Drift: {report.Drift.Count} {(report.Drift.Count == 1 ? "object" : "objects")} not as declared";
        WriteHeading(text, verdict, report.Header);
        WriteCaution(text, EffectText.Caution(report.Weakening, "drifted object"));
        WriteWeakeningUnmanaged(text, report);
        text.NoticeHere();
        WriteObjects(text, "Status", report.Drift.Select(r => (ChangeStyle.Of(r.Status), r.ResourceType, r.Key, r.Name, ChangeStyle.Describe(r.Status), r.Effect, r.Properties)).ToList());
        WriteIgnored(text, report);
        WriteAccessPaths(text, report.AccessPaths, "Access paths, as declared and as the tenant has them");
        WriteFooter(text, report);
        return text.Render(limit, report.Header.RunUrl);
    }

    public string Render(PlanReport report)
    {
        var text = new MarkdownSections();
        var verdict = report.IsEmpty ? "No changes" : $"Plan: {report.Summary}";
        WriteHeading(text, verdict, report.Drift.Header);
        if (!report.CanApply)
        {
            // A GitHub alert, so a blocked plan cannot be mistaken for one waiting for approval.
            var blocking = report.Safety.Where(s => s.Blocks).Select(s => $"`{s.Code}`").Distinct().ToList();
            var errors = report.Drift.Diagnostics.Where(d => d.Severity == "error").Select(d => $"`{d.Code}`").Distinct().ToList();
            text.Keep("> [!CAUTION]\n"
                + $"> **Apply is blocked**{(blocking.Count + errors.Count > 0 ? $" by {string.Join(", ", blocking.Concat(errors))}" : "")}: apply would refuse this plan and write nothing. See Safety and Diagnostics below.\n\n");
        }

        WriteCaution(text, EffectText.Caution(report.Weakening, "change"));
        WriteWeakeningUnmanaged(text, report.Drift);
        text.NoticeHere();
        WriteObjects(text, "Action", report.Actions.Select(a => (a.Kind, a.ResourceType, a.Key, a.Name, ChangeStyle.Verb(a.Kind), a.Effect, a.Properties)).ToList());
        WriteIgnored(text, report.Drift);
        WriteSafety(text, report.Safety);
        WriteSignInImpact(text, report.SignInImpact);
        if (Evidence.EvidenceMarkdown.Section(report.Evidence) is { Length: > 0 } evidence)
        {
            text.Keep(evidence);
        }

        WriteAccessPaths(text, report.AccessPaths, "Access paths, before and after the plan");
        WriteFooter(text, report.Drift);
        return text.Render(limit, report.Drift.Header.RunUrl);
    }

    private static void WriteHeading(MarkdownSections text, string verdict, ReportHeader header)
    {
        var stamp = ReportStamp.Of(header, MarkdownText.Text);
        text.Keep($"### {verdict} (stack {MarkdownText.Code(header.Stack)}, tenant {MarkdownText.Text(header.TenantName ?? "?")} {MarkdownText.Code(header.TenantId)})\n\n"
            + $"<sub>{(stamp.Length > 0 ? stamp + "; read" : "Read")} scope: {ResourceNames.Of(header.Scope)}.</sub>\n\n");
    }

    /// <summary>GitHub renders this as a red Caution alert.</summary>
    private static void WriteCaution(MarkdownSections text, string caution)
    {
        if (caution.Length > 0)
        {
            text.Keep($"> [!CAUTION]\n> {caution}\n\n");
        }
    }

    /// <summary>Unmanaged objects that weaken guest access lead the report, and are never cut from it.</summary>
    private static void WriteWeakeningUnmanaged(MarkdownSections text, DriftReport report)
    {
        if (report.WeakeningUnmanaged.Count == 0)
        {
            return;
        }

        var block = new StringBuilder($"> [!CAUTION]\n> {IgnoredText.Caution(report.WeakeningUnmanaged.Count)}\n");
        foreach (var row in report.WeakeningUnmanaged)
        {
            block.Append($"> - {Cell(IgnoredText.Weakening(row))}\n");
        }

        text.Keep(block.Append('\n').ToString());
    }

    /// <summary>The paths left to another team; kept whole, so a cut comment never hides what is not managed.</summary>
    private static void WriteIgnored(MarkdownSections text, DriftReport report)
    {
        if (report.Ignored.Count == 0)
        {
            return;
        }

        var block = new StringBuilder($"**{IgnoredText.Heading}**\n\n");
        foreach (var row in report.Ignored)
        {
            block.Append($"- {ResourceNames.Of(row.ResourceType)} {Cell(ResourceNames.Label(row.Key, row.Name))}: {MarkdownText.Code(IgnoredText.Of(row), inTable: false)}\n");
        }

        text.Keep(block.Append('\n').ToString());
    }

    private static void WriteObjects(MarkdownSections text, string column, List<(ChangeKind Kind, ResourceType Type, string Key, string? Name, string Status, Planning.Effects.Effect Effect, IReadOnlyList<PropertyRow> Properties)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var header = $"| | Resource | Key | {column} | Effect |\n|---|---|---|---|---|\n";
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var line = $"| `{ChangeStyle.Symbol(row.Kind)}` | {ResourceNames.Of(row.Type)} | {Cell(ResourceNames.Label(row.Key, row.Name))} | {row.Status} | {EffectText.Of(row.Effect)} |\n";
            text.Omittable(index == 0 ? header + line : line, TableRow);
        }

        text.Keep("\n");
        foreach (var row in rows.Where(r => r.Properties.Count > 0))
        {
            // What weakens guest access is shown open: a reviewer must not have to unfold it to see it.
            var open = row.Effect == Planning.Effects.Effect.Weakens ? " open" : "";
            var details = new StringBuilder()
                .Append($"<details{open}><summary><code>{ChangeStyle.Symbol(row.Kind)}</code> {ResourceNames.Of(row.Type)} {Cell(ResourceNames.Label(row.Key, row.Name))}</summary>\n\n");
            foreach (var property in row.Properties)
            {
                details.Append($"- {MarkdownText.Code(property.Path, inTable: false)}: {PropertyText.Value(row.Kind, property, Value, " → ")}\n");
            }

            text.Omittable(details.Append("\n</details>\n\n").ToString(), Details);
        }
    }

    /// <summary>A value as code; a list as its items, each its own code span, so that a long list wraps between items.</summary>
    private static string Value(string value, JsonNode? node) => node is JsonArray array
        ? array.Count == 0 ? "(none)" : string.Join(", ", array.Select(item => MarkdownText.Code(GraphJson.Render(item), inTable: false)))
        : MarkdownText.Code(value, inTable: false);

    private static void WriteSafety(MarkdownSections text, IReadOnlyList<SafetyRow> safety)
    {
        if (safety.Count == 0)
        {
            return;
        }

        var block = new StringBuilder("**Safety**\n\n");
        foreach (var row in safety)
        {
            var overridden = row.Overridden ? $" (overridden by `{row.OverrideName}`)" : "";
            block.Append($"- `{row.Severity} {row.Code}`{overridden}: {MarkdownText.Text(row.Message)}\n");
        }

        text.Keep(block.Append('\n').ToString());
    }

    private static void WriteSignInImpact(MarkdownSections text, IReadOnlyList<SignInImpactRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var header = "**Sign-in impact**\n\n| User | App | Before | After |\n|---|---|---|---|\n";
        foreach (var (row, index) in SignInImpactText.Lines(rows).Select((r, i) => (r, i)))
        {
            var line = $"| {Cell(row.User)} | {Cell(row.App)} | {Cell(row.Before)} | {Cell(row.After)} |\n";
            text.Omittable(index == 0 ? header + line : line, SignInRow);
        }

        text.Keep("\n");
    }

    /// <summary>
    /// The diagram comes after the tables, folded, so where Mermaid is not drawn the report still reads as tables; it
    /// is shown open when a path changes.
    /// </summary>
    private static void WriteAccessPaths(MarkdownSections text, AccessPaths paths, string title)
    {
        if (paths.IsEmpty)
        {
            return;
        }

        var summary = paths.Changes ? $"{title} (what changed is marked {paths.Before}: or {paths.After}:)" : $"{title}: no path changes";
        text.Omittable($"<details{(paths.Changes ? " open" : "")}><summary>{MarkdownText.Text(summary)}</summary>\n\n{MermaidAccessPaths.Render(paths, title)}\n</details>\n\n", Diagram);
    }

    private static void WriteFooter(MarkdownSections text, DriftReport report)
    {
        if (report.Guests.Count > 0)
        {
            text.Omittable($"**Guests:** {string.Join(", ", report.Guests.Select(g => $"{MarkdownText.Text(g.Email)} ({MarkdownText.Text(g.InvitationState ?? "not invited")})"))}\n\n", GuestList);
        }

        if (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0 || !report.Unmanaged.PartnersRead)
        {
            var block = new StringBuilder($"<details><summary>Unmanaged (not in the stack, left alone): {UnmanagedText.Summary(report.Unmanaged)}</summary>\n\n");
            foreach (var row in report.Unmanaged.Objects)
            {
                block.Append($"- {ResourceNames.Of(row.ResourceType)} {Cell(ResourceNames.Label(row.Key, row.Name))}{(EffectText.Of(row.Effect) is { Length: > 0 } e ? $" ({e})" : "")}\n");
            }

            if (UnmanagedText.More(report.Unmanaged) is { } more)
            {
                block.Append($"- {more}\n");
            }

            text.Omittable(block.Append("\n</details>\n\n").ToString(), Unmanaged);
        }

        if (report.Diagnostics.Count > 0)
        {
            var block = new StringBuilder("**Diagnostics**\n\n");
            foreach (var d in report.Diagnostics)
            {
                block.Append($"- `{d.Severity} {d.Code}`: {MarkdownText.Text(d.Message)}\n");
            }

            text.Keep(block.Append('\n').ToString());
        }
    }

    /// <summary>A user-controlled string in running text or a table cell.</summary>
    private static string Cell(string value) => MarkdownText.Text(value);
}
