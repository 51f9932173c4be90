using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Planning.Normalisation;
using Reconciler.Reporting.Diagrams;
using Reconciler.Reporting.Html.Charts;

namespace Reconciler.Reporting.Html;

/// <summary>
/// One self-contained HTML file, for a scheduled job's artifact or a browser: the verdict first, then what weakens
/// guest access, the change table, each object's properties folded (weakening ones open), the gates, the sign-in
/// impact, the access paths as inline SVG, and what the tenant holds beyond the stack. Never cut: a file has no
/// comment limit. Built of <see cref="HtmlSection"/>s on an <see cref="HtmlPage"/>, so a new part is one more section.
/// </summary>
public sealed class HtmlRenderer : IReportRenderer
{
    private static readonly Func<string, string> E = text => HtmlText.Encode(text);

    public string Render(DriftReport report)
    {
        var verdict = report.InSync ? "In sync" : $"Drift: {report.Drift.Count} {(report.Drift.Count == 1 ? "object" : "objects")} not as declared";
        List<string> alerts = [.. Caution(EffectText.Caution(report.Weakening, "drifted object")), .. WeakeningUnmanaged(report)];
        List<HtmlSection> sections = [];
        var rows = report.Drift.Select(r => new ObjectRow(ChangeStyle.Of(r.Status), r.ResourceType, r.Key, r.Name, ChangeStyle.Describe(r.Status), r.Effect, r.Properties)).ToList();
        AddObjects(sections, "drift", "Drift", "Status", rows);
        AddIgnored(sections, report);
        AddAccessPaths(sections, report.AccessPaths, "Access paths, as declared and as the tenant has them");
        AddFooter(sections, report);
        return HtmlPage.Render($"{verdict}: stack {report.Header.Stack}", verdict, Meta(report.Header), alerts, sections);
    }

    public string Render(PlanReport report)
    {
        var verdict = report.IsEmpty ? "No changes" : $"Plan: {report.Summary}";
        List<string> alerts = [];
        if (!report.CanApply)
        {
            var codes = report.Safety.Where(s => s.Blocks).Select(s => s.Code)
                .Concat(report.Drift.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code)).Distinct().ToList();
            alerts.Add(HtmlPage.Alert("Apply is blocked", $"{(codes.Count > 0 ? $"by {string.Join(", ", codes.Select(c => $"<code>{E(c)}</code>"))}: " : "")}apply would refuse this plan and write nothing. See Safety and Diagnostics below."));
        }

        alerts.AddRange(Caution(EffectText.Caution(report.Weakening, "change")));
        alerts.AddRange(WeakeningUnmanaged(report.Drift));
        List<HtmlSection> sections = [];
        var rows = report.Actions.Select(a => new ObjectRow(a.Kind, a.ResourceType, a.Key, a.Name, ChangeStyle.Verb(a.Kind), a.Effect, a.Properties)).ToList();
        AddObjects(sections, "changes", "Changes", "Action", rows);
        AddIgnored(sections, report.Drift);
        AddSafety(sections, report.Safety);
        AddSignInImpact(sections, report.SignInImpact);
        if (report.Evidence is { } evidence)
        {
            sections.Add(EvidenceHtml.Section(evidence, withVerdict: true));
        }

        AddAccessPaths(sections, report.AccessPaths, "Access paths, before and after the plan");
        AddFooter(sections, report.Drift);
        return HtmlPage.Render($"{verdict}: stack {report.Drift.Header.Stack}", verdict, Meta(report.Drift.Header), alerts, sections);
    }

    /// <summary>What a command that stopped before its report writes instead, so the artifact still says why.</summary>
    public static string Failure(string command, IReadOnlyList<DiagnosticRow> diagnostics)
    {
        var verdict = $"reconciler {command} stopped before its report";
        List<HtmlSection> sections = [new("diagnostics", "Diagnostics", Diagnostics(diagnostics))];
        return HtmlPage.Render(verdict, verdict, $"{diagnostics.Count(d => d.Severity == "error")} error(s).", [HtmlPage.Alert("Caution", E(verdict))], sections);
    }

    internal static string Meta(ReportHeader header)
    {
        var stamp = ReportStamp.Of(header, E);
        return $"Stack <code>{E(header.Stack)}</code>, tenant {E(header.TenantName ?? "?")} <code>{E(header.TenantId)}</code>. "
            + $"{(stamp.Length > 0 ? stamp + "; read" : "Read")} scope: {E(ResourceNames.Of(header.Scope))}.";
    }

    private static IEnumerable<string> Caution(string caution)
    {
        if (caution.Length > 0)
        {
            yield return HtmlPage.Alert("Caution", E(caution));
        }
    }

    private static IEnumerable<string> WeakeningUnmanaged(DriftReport report)
    {
        if (report.WeakeningUnmanaged.Count > 0)
        {
            var items = string.Concat(report.WeakeningUnmanaged.Select(r => $"<li>{E(IgnoredText.Weakening(r))}</li>"));
            yield return HtmlPage.Alert("Caution", $"{E(IgnoredText.Caution(report.WeakeningUnmanaged.Count))}</p><ul>{items}</ul><p>");
        }
    }

    private static void AddObjects(List<HtmlSection> sections, string id, string heading, string column, List<ObjectRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new StringBuilder($"<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Resource</th><th scope=\"col\">Key</th><th scope=\"col\">{column}</th><th scope=\"col\">Effect</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            var weakens = row.Effect == Planning.Effects.Effect.Weakens;
            table.Append($"<tr{(weakens ? " class=\"weakens\"" : "")}><td><code>{E(ChangeStyle.Symbol(row.Kind))}</code></td><td>{E(ResourceNames.Of(row.Type))}</td>"
                + $"<th scope=\"row\">{E(ResourceNames.Label(row.Key, row.Name))}</th><td>{E(row.Status)}</td><td>{EffectOf(row.Effect)}</td></tr>\n");
        }

        table.Append("</tbody>\n</table></div>\n");
        foreach (var row in rows.Where(r => r.Properties.Count > 0))
        {
            // What weakens guest access is shown open, as in markdown.
            var weakens = row.Effect == Planning.Effects.Effect.Weakens;
            table.Append($"<details{(weakens ? " class=\"weakens\" open" : "")}><summary><code>{E(ChangeStyle.Symbol(row.Kind))}</code> {E(ResourceNames.Of(row.Type))} {E(ResourceNames.Label(row.Key, row.Name))}{(weakens ? " (weakens guest access)" : "")}</summary>\n<ul>\n");
            foreach (var property in row.Properties)
            {
                table.Append($"<li><code>{E(property.Path)}</code>: {PropertyText.Value(row.Kind, property, Value, " → ")}</li>\n");
            }

            table.Append("</ul>\n</details>\n");
        }

        sections.Add(new HtmlSection(id, heading, table.ToString()));
    }

    private static string EffectOf(Effect effect) => effect switch
    {
        Planning.Effects.Effect.Weakens => $"<span class=\"effect-weakens\">{E(EffectText.Of(effect))}</span>",
        Planning.Effects.Effect.Strengthens => $"<span class=\"effect-strengthens\">{E(EffectText.Of(effect))}</span>",
        _ => E(EffectText.Of(effect)),
    };

    /// <summary>A value as code; a list as its items, each its own code span, so a long list wraps between items.</summary>
    private static string Value(string value, JsonNode? node) => node is JsonArray array
        ? array.Count == 0 ? "(none)" : string.Join(", ", array.Select(item => $"<code>{E(GraphJson.Render(item))}</code>"))
        : $"<code>{E(value)}</code>";

    private static void AddIgnored(List<HtmlSection> sections, DriftReport report)
    {
        if (report.Ignored.Count > 0)
        {
            sections.Add(new HtmlSection("ignored", IgnoredText.Heading, List(report.Ignored.Select(r =>
                $"{E(ResourceNames.Of(r.ResourceType))} {E(ResourceNames.Label(r.Key, r.Name))}: <code>{E(IgnoredText.Of(r))}</code>"))));
        }
    }

    internal static void AddSafety(List<HtmlSection> sections, IReadOnlyList<SafetyRow> safety)
    {
        if (safety.Count > 0)
        {
            sections.Add(Safety(safety));
        }
    }

    internal static HtmlSection Safety(IEnumerable<SafetyRow> safety) => new("safety", "Safety", List(safety.Select(s =>
        $"<code>{E(s.Severity)} {E(s.Code)}</code>{(s.Overridden ? $" (overridden by <code>{E(s.OverrideName ?? "")}</code>)" : "")}: {E(s.Message)}")));

    private static void AddSignInImpact(List<HtmlSection> sections, IReadOnlyList<SignInImpactRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new StringBuilder("<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">User</th><th scope=\"col\">App</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n");
        foreach (var line in SignInImpactText.Lines(rows))
        {
            table.Append($"<tr><th scope=\"row\">{E(line.User)}</th><td>{E(line.App)}</td><td>{E(line.Before)}</td><td>{E(line.After)}</td></tr>\n");
        }

        // The chart says at a glance which groups move to which outcome; the table beside it says each row in words.
        table.Append("</tbody>\n</table></div>\n")
            .Append(ChartFigure.Render(SignInImpactChart.Of(rows), "Outlined, dashed bars are before the plan, solid bars after it; each value is printed at its bar's end."));
        sections.Add(new HtmlSection("sign-in-impact", "Sign-in impact", table.ToString()));
    }

    private static void AddAccessPaths(List<HtmlSection> sections, AccessPaths paths, string title)
    {
        if (paths.IsEmpty)
        {
            return;
        }

        var caption = paths.Changes
            ? $"What changed is marked {paths.Before}: (dashed) or {paths.After}: (thick); unmarked steps are the same in both."
            : "No path changes.";
        sections.Add(new HtmlSection("access-paths", "Access paths", $"<figure>\n{SvgAccessPaths.Render(paths, title)}<figcaption>{E(title)}. {E(caption)}</figcaption>\n</figure>\n"));
    }

    private static void AddFooter(List<HtmlSection> sections, DriftReport report)
    {
        if (report.Guests.Count > 0)
        {
            sections.Add(new HtmlSection("guests", "Guests", List(report.Guests.Select(g => $"{E(g.Email)} ({E(g.InvitationState ?? "not invited")})"))));
        }

        if (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0 || !report.Unmanaged.PartnersRead)
        {
            var items = report.Unmanaged.Objects.Select(r => $"{E(ResourceNames.Of(r.ResourceType))} {E(ResourceNames.Label(r.Key, r.Name))}{(EffectText.Of(r.Effect) is { Length: > 0 } e ? $" ({EffectOf(r.Effect)})" : "")}");
            if (UnmanagedText.More(report.Unmanaged) is { } more)
            {
                items = items.Append(E(more));
            }

            sections.Add(new HtmlSection("unmanaged", "Unmanaged", $"<details><summary>Not in the stack, left alone: {E(UnmanagedText.Summary(report.Unmanaged))}</summary>\n{List(items)}</details>\n"));
        }

        if (report.Diagnostics.Count > 0)
        {
            sections.Add(new HtmlSection("diagnostics", "Diagnostics", Diagnostics(report.Diagnostics)));
        }
    }

    internal static string Diagnostics(IEnumerable<DiagnosticRow> diagnostics) => List(diagnostics.Select(d =>
        $"<code>{E(d.Severity)} {E(d.Code)}</code>{(d.Location is { } at ? $" <code>{E(at)}</code>" : "")}: {E(d.Message)}"));

    private static string List(IEnumerable<string> items) => $"<ul>\n{string.Concat(items.Select(i => $"<li>{i}</li>\n"))}</ul>\n";

    private sealed record ObjectRow(ChangeKind Kind, ResourceType Type, string Key, string? Name, string Status, Effect Effect, IReadOnlyList<PropertyRow> Properties);
}
