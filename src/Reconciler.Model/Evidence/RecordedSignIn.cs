namespace Reconciler.Model.Evidence;

/// <summary>
/// One sign-in as the tenant's sign-in log recorded it (Graph v1.0 <c>signIn</c>), reduced to the facts a replay
/// needs and a report shows. Null means the log did not say.
/// </summary>
public sealed record RecordedSignIn
{
    public required string Id { get; init; }

    public DateTimeOffset CreatedDateTime { get; init; }

    public required string UserId { get; init; }

    /// <summary>For a guest, the address it signs in with at home (the log never stores the <c>#EXT#</c> form).</summary>
    public string? UserPrincipalName { get; init; }

    public string? UserDisplayName { get; init; }

    public string? AppId { get; init; }

    public string? AppDisplayName { get; init; }

    /// <summary>The log's wording, e.g. <c>Browser</c> or <c>Mobile Apps and Desktop clients</c>.</summary>
    public string? ClientAppUsed { get; init; }

    /// <summary><c>deviceDetail.operatingSystem</c>, e.g. <c>Windows 10</c> or <c>iOS 17</c>.</summary>
    public string? OperatingSystem { get; init; }

    public string? CountryOrRegion { get; init; }

    /// <summary><c>none</c>, <c>low</c>, <c>medium</c>, <c>high</c>, or <c>hidden</c> without Identity Protection.</summary>
    public string? RiskLevelDuringSignIn { get; init; }

    public int? ErrorCode { get; init; }

    /// <summary><c>status.additionalDetails</c>: where v1.0 says how an MFA requirement was met.</summary>
    public string? AdditionalDetails { get; init; }

    /// <summary><c>success</c>, <c>failure</c> or <c>notApplied</c>: the enforced policies' combined result.</summary>
    public string? ConditionalAccessStatus { get; init; }

    public IReadOnlyList<AppliedPolicyResult> AppliedPolicies { get; init; } = [];

    /// <summary>The guest's home tenant when the log carries it; v1.0 documents no such field, so it is usually inferred.</summary>
    public string? HomeTenantId { get; init; }
}
