using System.Text.Json.Nodes;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Reporting;

/// <summary>Turns a plan or a drift result into the view records renderers print, weakening items first.</summary>
public static class ReportBuilder
{
    public static DriftReport Drift(Drift drift, IEnumerable<Diagnostic> diagnostics, DesiredState desired, LiveSnapshot live) =>
        Drift(drift, diagnostics, desired, live, new DeclaredProperties(desired));

    private static DriftReport Drift(Drift drift, IEnumerable<Diagnostic> diagnostics, DesiredState desired, LiveSnapshot live, DeclaredProperties declared)
    {
        var names = new ObjectNames(desired, live);
        var states = drift.Guests.ToDictionary(g => g.Email, g => g.InvitationState, StringComparer.OrdinalIgnoreCase);
        var rows = drift.Objects
            .Select(o => new DriftRow(o.ResourceType, o.Key, names.Of(o.ResourceType, o.Key), o.Status,
                o.Status == DriftStatus.Missing ? declared.Of(o.ResourceType, o.Key) : Rows(o.Properties),
                o.ResourceType == ResourceType.Guest ? states.GetValueOrDefault(o.Key) : null, ChangeEffects.OfDrift(o)))
            .OrderBy(r => r.Effect != Effect.Weakens)
            .ToList();
        return new DriftReport(
            new ReportHeader(desired.StackName, desired.TenantId, live.Organization.DisplayName, live.Scope),
            rows,
            drift.Guests.Select(g => new GuestRow(g.Email, g.InvitationState)).ToList(),
            Unmanaged(drift.Unmanaged, names) with { PartnersRead = live.AllPartnersRead },
            diagnostics.Select(Row).ToList())
        {
            Ignored = [.. drift.Ignored.Select(i => new IgnoredRow(i.ResourceType, i.Key, names.Of(i.ResourceType, i.Key), i.Path))],
        };
    }

    public static PlanReport Plan(Plan plan, DesiredState desired, LiveSnapshot live, IReadOnlyList<SignInImpactRow>? signInImpact = null)
    {
        var declared = new DeclaredProperties(desired);
        var drift = Drift(plan.Drift, plan.Diagnostics, desired, live, declared);
        var names = new ObjectNames(desired, live);
        var drifts = new DriftIndex(plan.Drift);
        var actions = plan.Actions
            .Select(a => new ActionRow(a.Kind, a.ResourceType, a.Key, names.Of(a.ResourceType, a.Key), PropertiesOf(a, drifts, declared), EffectOf(a, drifts, declared, live)))
            .OrderBy(r => r.Effect != Effect.Weakens)
            .ToList();
        var safety = plan.SafetyFindings
            .Select(f => new SafetyRow(f.Diagnostic.Code, Severity(f.Diagnostic.Severity), f.Diagnostic.Message, f.OverrideName, f.Overridden, f.Blocks))
            .ToList();
        return new PlanReport(drift, actions, plan.Summary, safety, plan.CanApply, signInImpact ?? []);
    }

    /// <summary>An update shows what differs; a create shows everything it creates.</summary>
    private static IReadOnlyList<PropertyRow> PropertiesOf(PlannedAction action, DriftIndex drifts, DeclaredProperties declared) => action.Kind switch
    {
        ChangeKind.Update => Rows(drifts.Of(action)?.Properties ?? []),
        ChangeKind.Create => declared.Of(action.ResourceType, action.Key),
        _ => [],
    };

    private static Effect EffectOf(PlannedAction action, DriftIndex drifts, DeclaredProperties declared, LiveSnapshot live) => action switch
    {
        CreatePartner => PartnerCreated(declared, action.Key, live),
        _ => drifts.Of(action) is { } cause ? ChangeEffects.OfFix(cause) : Effect.Neutral,
    };

    /// <summary>
    /// A new partner stops inheriting the default: it is as weak as its weakest setting against the default's, so a
    /// partner that trusts MFA the default does not is a weakening (its drift row, a missing object, has no
    /// properties to judge).
    /// </summary>
    private static Effect PartnerCreated(DeclaredProperties declared, string tenantId, LiveSnapshot live)
    {
        var inherited = GraphJson.ToTree(live.CrossTenantDefault.Settings);
        return EffectRules.Worst(declared.Of(ResourceType.CrossTenantAccessPartner, tenantId)
            .Select(p => EffectRules.Of(p.Path, GraphJson.Render(At(inherited, p.Path)), p.Declared)));
    }

    private static JsonNode? At(JsonNode? tree, string path) =>
        path.Split('.').Aggregate(tree, (node, name) => node is JsonObject o ? o[name] : null);

    /// <summary>Weakening objects first, as the drift rows are.</summary>
    private static UnmanagedSummary Unmanaged(UnmanagedObjects unmanaged, ObjectNames names) => new(
        unmanaged.GuestCount,
        unmanaged.GuestSample.Select(email => new UnmanagedRow(ResourceType.Guest, email, null))
            .Concat(unmanaged.Policies.Select(p => new UnmanagedRow(ResourceType.ConditionalAccessPolicy, p.DisplayName, p.State) { Effect = p.Effect, Reason = p.Reason }))
            .Concat(unmanaged.Partners.Select(p => new UnmanagedRow(ResourceType.CrossTenantAccessPartner, p.TenantId, names.Of(ResourceType.CrossTenantAccessPartner, p.TenantId)) { Effect = p.Effect, Reason = p.Reason }))
            .OrderBy(r => r.Effect != Effect.Weakens)
            .ToList());

    private static List<PropertyRow> Rows(IEnumerable<PropertyDifference> differences) =>
        differences.Select(PropertyRow.From).ToList();

    public static DiagnosticRow Row(Diagnostic d) => new(d.Code, Severity(d.Severity), d.Message, d.Location?.ToString()) { Source = d.Location, Guests = d.Guests };

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>Partner organisation names beside tenant ids: from the tenant's lookup, else the name the stack gives.</summary>
    private sealed class ObjectNames(DesiredState desired, LiveSnapshot live)
    {
        public string? Of(ResourceType type, string key)
        {
            if (type != ResourceType.CrossTenantAccessPartner)
            {
                return null;
            }

            return live.TenantNames.GetValueOrDefault(key.ToLowerInvariant())
                ?? live.TenantNames.GetValueOrDefault(key)
                ?? desired.CrossTenantAccess?.Partners.FirstOrDefault(p => string.Equals(p.TenantId, key, StringComparison.OrdinalIgnoreCase))?.Name;
        }
    }
}
