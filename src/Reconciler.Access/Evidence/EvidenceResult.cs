namespace Reconciler.Access.Evidence;

/// <summary>
/// What the tenant's guest sign-ins of the window say about a change: the totals, one row per partner, guest type and
/// app, the guests most affected, the replay's agreement with the service, and each report-only policy the change
/// enables with the service's own report-only results for it.
/// </summary>
public sealed record EvidenceResult
{
    public required int Days { get; init; }

    /// <summary>Guest sign-ins replayed; sign-ins of members (and of users the directory no longer holds) are not counted.</summary>
    public required EvidenceCounts Totals { get; init; }

    /// <summary>Sign-ins read that were not guests' (members, or users the directory no longer holds).</summary>
    public int OtherSignIns { get; init; }

    public IReadOnlyList<EvidenceRow> Rows { get; init; } = [];

    public IReadOnlyList<AffectedGuest> MostAffected { get; init; } = [];

    public required ReplayAgreement Agreement { get; init; }

    public IReadOnlyList<PromotionEvidence> Promotions { get; init; } = [];

    /// <summary>Email domains a home tenant was inferred from (v1.0 sign-ins do not carry it), and for how many guests.</summary>
    public IReadOnlyList<string> InferredFromDomains { get; init; } = [];

    public int GuestsWithInferredHomeTenant { get; init; }
}

/// <summary>
/// Sign-ins and distinct guests; of the sign-ins, how many the change would newly ask for MFA, how many of those already
/// carried MFA from the home tenant that the projected trust accepts, how many it would newly block, and the rest.
/// </summary>
public sealed record EvidenceCounts(int SignIns, int Guests, int NewlyMfa, int SatisfiedAtHome, int Blocked, int Unaffected);

public sealed record EvidenceRow(string Partner, string GuestType, string? AppId, string App, EvidenceCounts Counts);

public sealed record AffectedGuest(string Guest, string? DisplayName, string Partner, int SignIns, int NewlyMfa, int SatisfiedAtHome, int Blocked);

/// <summary>
/// The replay judged against the service: over every (sign-in, policy) pair whose result the service gives and whose
/// conditions the replay can evaluate, how often "applies" agrees. <see cref="NotCovered"/> counts the pairs left out.
/// </summary>
public sealed record ReplayAgreement(int Compared, int Agreed, int NotCovered, IReadOnlyList<ReplayDisagreement> Disagreements)
{
    public double? Rate => Compared == 0 ? null : (double)Agreed / Compared;
}

/// <summary>Sign-ins where the replay and the service disagree on one policy, for one reason.</summary>
public sealed record ReplayDisagreement(string Policy, bool ReplayApplies, string ServiceResult, string Condition, int SignIns, string ExampleSignInId);

/// <summary>
/// A policy report-only in the tenant that the change enables: the service's report-only results for it in the
/// window, examples of the sign-ins it would have failed or interrupted, and how many the replay fails under the
/// projected policy.
/// </summary>
public sealed record PromotionEvidence(
    string PolicyId,
    string DisplayName,
    int ReportOnlySuccess,
    int ReportOnlyFailure,
    int ReportOnlyInterrupted,
    int ReportOnlyNotApplied,
    int ReplayFailures,
    IReadOnlyList<PromotionExample> Examples)
{
    public bool WouldFail => ReportOnlyFailure > 0;
}

public sealed record PromotionExample(string SignInId, DateTimeOffset At, string Guest, string App, string Result);
