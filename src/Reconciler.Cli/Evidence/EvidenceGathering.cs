using Reconciler.Access;
using Reconciler.Access.Evidence;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;
using Reconciler.Reporting;
using Reconciler.Reporting.Evidence;

namespace Reconciler.Cli.Evidence;

/// <summary>
/// Reads the guest sign-ins of a window and replays them against a plan: only the declared guests in declared scope
/// (their ids filter the log on the server), every user in full scope (the log cannot be filtered by user type, so
/// members' sign-ins are read and left out). Users the snapshot does not hold are looked up by id, and home tenants
/// by email domain, once each. The edge's part only; the replay and what it decides are pure.
/// </summary>
internal static class EvidenceGathering
{
    /// <summary>The window the default <c>requireEvidence</c> check reads: all Entra keeps with a P1 or P2 licence.</summary>
    public const int DefaultDays = 30;

    /// <summary>
    /// How many days to read: those asked for, else the default when the stack requires evidence and the plan enables
    /// a policy the tenant holds report-only; null when no evidence is wanted.
    /// </summary>
    public static int? DaysFor(DesiredState desired, LiveSnapshot live, IReadOnlyList<PlannedAction> actions, int? asked) =>
        asked ?? (desired.Promotion == PromotionRule.RequireEvidence && Promoted(live, actions).Count > 0 ? DefaultDays : null);

    public static async Task<GatheredEvidence> GatherAsync(
        ITenant tenant, DesiredState desired, LiveSnapshot live, IReadOnlyList<PlannedAction> actions, int days, ReadScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = EvidenceTenant.From(live);
        var after = EvidenceTenant.From(TenantAfterPlan.Project(live, actions));
        var userIds = scope == ReadScope.Declared ? DeclaredGuestIds(desired, live) : null;
        var tally = new SignInTally();
        var read = tenant is ISignInLog log
            ? userIds is { Count: 0 } ? new SignInLogRead(0, 0) : await log.ReadSignInsAsync(new SignInLogRequest(now.AddDays(-days), userIds), tally, cancellationToken)
            : new SignInLogRead(0, 0, EvidenceDiagnostics.SignInLogUnreadable("this tenant offers no sign-in log"));
        if (read.Failure is { } failure)
        {
            var promoted = EvidenceReplay.Promotions(before, after);
            return new GatheredEvidence(
                EvidenceReport.Unavailable(days, scope, read.Requests, ReportBuilder.Row(failure)),
                EvidenceFindings.WithoutEvidence(promoted, failure, desired.Promotion),
                [failure])
            { Failure = failure };
        }

        var guests = await GuestsAsync((ISignInLog)tenant, tenant, desired, live, tally.UserIds.ToList(), cancellationToken);
        var result = EvidenceReplay.Run(days, tally.Groups, guests, before, after);
        return new GatheredEvidence(
            new EvidenceReport(days, scope, read.Requests, read.SignIns, result),
            EvidenceFindings.Safety(result, desired.Promotion),
            EvidenceFindings.Notes(result));
    }

    private static IReadOnlyList<EvidencePolicy> Promoted(LiveSnapshot live, IReadOnlyList<PlannedAction> actions) =>
        EvidenceReplay.Promotions(EvidenceTenant.From(live), EvidenceTenant.From(TenantAfterPlan.Project(live, actions)));

    private static List<string> DeclaredGuestIds(DesiredState desired, LiveSnapshot live) =>
        [.. desired.Guests.Where(g => g.Ensure == Ensure.Present)
            .SelectMany(g => live.Users.Where(u => EmailAddress.Same(u.Mail, g.Email) || EmailAddress.Same(u.UserPrincipalName, g.Email)))
            .Select(u => u.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The guests among the log's users, by id; members and users the directory no longer holds are left out.</summary>
    private static async Task<IReadOnlyDictionary<string, EvidenceGuest>> GuestsAsync(
        ISignInLog log, ITenant tenant, DesiredState desired, LiveSnapshot live, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var known = live.Users.DistinctBy(u => u.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        var missing = userIds.Where(id => !known.ContainsKey(id)).ToList();
        var users = userIds.Select(id => known.GetValueOrDefault(id)).OfType<LiveUser>()
            .Concat(missing.Count == 0 ? [] : await tenant.FindUsersByIdAsync(missing, cancellationToken))
            .ToList();

        var domains = users.Select(EvidenceGuests.DomainOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(d => !live.HomeTenants.ContainsKey(d)).ToList();
        var homeTenants = new Dictionary<string, string>(live.HomeTenants, StringComparer.OrdinalIgnoreCase);
        var found = domains.Count == 0 ? new Dictionary<string, string>() : await log.HomeTenantsAsync(domains, cancellationToken);
        foreach (var (domain, home) in found)
        {
            homeTenants[domain] = home;
        }

        var declared = CrossTenantTrust.From(desired.CrossTenantAccess);
        string? PartnerName(string tenantId) =>
            declared.NameOf(tenantId)
            ?? (live.Partners.Any(p => string.Equals(p.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
                ? live.TenantNames.GetValueOrDefault(tenantId.ToLowerInvariant()) ?? $"partner {tenantId}"
                : null);

        return users.Select(u => EvidenceGuests.Classify(u, homeTenants, PartnerName)).OfType<EvidenceGuest>()
            .ToDictionary(g => g.UserId, StringComparer.OrdinalIgnoreCase);
    }
}
