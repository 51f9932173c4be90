using Reconciler.Model.Access;
using Reconciler.Model.Evidence;

namespace Reconciler.Access.Evidence;

/// <summary>What <see cref="EvidenceReplay"/> adds up while it replays the groups: the totals, the rows, the guests, the agreement and the promotions.</summary>
internal sealed class EvidenceAccumulator(IReadOnlyList<EvidencePolicy> promotions)
{
    /// <summary>Reasons that mean the log lacks the fact a condition needs (a location, a device, a user risk): such a verdict is not compared.</summary>
    private static readonly string[] Uncovered =
    [
        AnalysisReasons.NotEnoughInformation, AnalysisReasons.Location, AnalysisReasons.Devices, AnalysisReasons.UserRisk,
        AnalysisReasons.InsiderRisk, AnalysisReasons.AuthenticationFlow,
    ];

    private readonly CountsBuilder _totals = new();
    private readonly Dictionary<(string Partner, string Type, string? AppId), (string App, CountsBuilder Counts)> _rows = [];
    private readonly Dictionary<string, (EvidenceGuest Guest, CountsBuilder Counts)> _guests = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Policy, bool Ours, string Service, string Condition), (int SignIns, string Example)> _disagreements = [];
    private readonly Dictionary<string, PromotionTally> _promotions =
        promotions.ToDictionary(p => p.Id, p => new PromotionTally(p), StringComparer.OrdinalIgnoreCase);

    private int _compared;
    private int _agreed;
    private int _notCovered;

    public bool Replayed(string userId) => _guests.ContainsKey(userId);

    public void Add(SignInGroup group, EvidenceGuest guest, SignInChange change)
    {
        _totals.Add(guest.UserId, group.Count, change);
        var key = (guest.Partner, guest.Type.ToToken(), group.Facts.AppId);
        if (!_rows.TryGetValue(key, out var row))
        {
            row = (group.AppDisplayName ?? KnownApplications.NameOf(group.Facts.AppId) ?? group.Facts.AppId ?? "(no app)", new CountsBuilder());
            _rows[key] = row;
        }
        row.Counts.Add(guest.UserId, group.Count, change);
        if (!_guests.TryGetValue(guest.UserId, out var affected))
        {
            affected = (guest, new CountsBuilder());
            _guests[guest.UserId] = affected;
        }
        affected.Counts.Add(guest.UserId, group.Count, change);
    }

    /// <summary>Our live verdict on each policy the service judged for these sign-ins, where both say something.</summary>
    public void Compare(SignInGroup group, SignIn signIn, EvidenceTenant live, AccessDecision before)
    {
        foreach (var service in group.ServiceResults)
        {
            var index = IndexOf(live, service.Id);
            if (index < 0 || PolicyResults.Applies(service.Result) is not { } serviceApplies)
            {
                continue;
            }
            var ours = before.Policies[index];
            if (!ours.Applies && ours.Reasons.Any(r => Uncovered.Contains(r) && (r != AnalysisReasons.Location || signIn.Location is null)))
            {
                _notCovered += group.Count;
                continue;
            }
            _compared += group.Count;
            if (ours.Applies == serviceApplies)
            {
                _agreed += group.Count;
                continue;
            }
            var condition = ours.Applies
                ? "the replay matched every condition; Graph v1.0 does not say which one the service found unmet"
                : $"the replay found '{ours.Reasons[0]}' unmet";
            var key = (live.Policies[index].DisplayName, ours.Applies, service.Result, condition);
            _disagreements[key] = _disagreements.TryGetValue(key, out var seen)
                ? (seen.SignIns + group.Count, seen.Example)
                : (group.Count, group.Examples.FirstOrDefault()?.Id ?? "");
        }
    }

    /// <summary>The service's report-only results for each promoted policy, and whether our replay fails the sign-ins under it.</summary>
    public void Promote(SignInGroup group, EvidenceGuest guest, EvidenceTenant projected, AccessDecision after)
    {
        foreach (var service in group.ServiceResults)
        {
            if (!_promotions.TryGetValue(service.Id, out var promotion))
            {
                continue;
            }
            var index = IndexOf(projected, service.Id);
            var replayFails = index >= 0 && after.Policies[index].Applies
                && (after.Policies[index].RequiredControls.Contains("block", StringComparer.OrdinalIgnoreCase)
                    || after.Outcome.BlockReason == BlockReason.DirectConnectMfaNotTrusted);
            promotion.Add(group, guest, service.Result, replayFails);
        }
    }

    public EvidenceResult Result(int days, int other) => new()
    {
        Days = days,
        Totals = _totals.Build(),
        OtherSignIns = other,
        Rows = [.. _rows
            .Select(r => new EvidenceRow(r.Key.Partner, r.Key.Type, r.Key.AppId, r.Value.App, r.Value.Counts.Build()))
            .OrderByDescending(r => r.Counts.Blocked + r.Counts.NewlyMfa)
            .ThenBy(r => r.Partner, StringComparer.Ordinal)
            .ThenBy(r => r.GuestType, StringComparer.Ordinal)
            .ThenBy(r => r.App, StringComparer.Ordinal)],
        MostAffected = [.. _guests.Values
            .Where(g => g.Counts.Affected > 0)
            .Select(g => (g.Guest, Counts: g.Counts.Build()))
            .OrderByDescending(g => g.Counts.Blocked)
            .ThenByDescending(g => g.Counts.NewlyMfa - g.Counts.SatisfiedAtHome)
            .ThenByDescending(g => g.Counts.NewlyMfa)
            .ThenBy(g => g.Guest.Email ?? g.Guest.UserId, StringComparer.OrdinalIgnoreCase)
            .Take(EvidenceReplay.MostAffectedCount)
            .Select(g => new AffectedGuest(g.Guest.Email ?? g.Guest.UserId, g.Guest.DisplayName, g.Guest.Partner, g.Counts.SignIns, g.Counts.NewlyMfa, g.Counts.SatisfiedAtHome, g.Counts.Blocked))],
        Agreement = new ReplayAgreement(_compared, _agreed, _notCovered, [.. _disagreements
            .Select(d => new ReplayDisagreement(d.Key.Policy, d.Key.Ours, d.Key.Service, d.Key.Condition, d.Value.SignIns, d.Value.Example))
            .OrderByDescending(d => d.SignIns)
            .ThenBy(d => d.Policy, StringComparer.Ordinal)]),
        Promotions = [.. _promotions.Values.Select(p => p.Build()).OrderBy(p => p.DisplayName, StringComparer.Ordinal)],
    };

    private static int IndexOf(EvidenceTenant tenant, string policyId)
    {
        for (var i = 0; i < tenant.Policies.Count; i++)
        {
            if (EvidenceReplay.SameId(tenant.Policies[i].Id, policyId))
            {
                return i;
            }
        }
        return -1;
    }
}
