namespace Reconciler.Model.Evidence;

/// <summary>
/// The values of <c>appliedConditionalAccessPolicy.result</c>. The report-only ones are sent only to a client that
/// asks with <c>Prefer: include-unknown-enum-members</c>; others get <c>unknownFutureValue</c> in their place.
/// </summary>
public static class PolicyResults
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string NotApplied = "notApplied";
    public const string NotEnabled = "notEnabled";
    public const string Unknown = "unknown";
    public const string UnknownFutureValue = "unknownFutureValue";
    public const string ReportOnlySuccess = "reportOnlySuccess";
    public const string ReportOnlyFailure = "reportOnlyFailure";
    public const string ReportOnlyNotApplied = "reportOnlyNotApplied";
    public const string ReportOnlyInterrupted = "reportOnlyInterrupted";

    /// <summary>The service found the policy's conditions met; null when the result does not say (disabled, unknown).</summary>
    public static bool? Applies(string result) => result switch
    {
        Success or Failure or ReportOnlySuccess or ReportOnlyFailure or ReportOnlyInterrupted => true,
        NotApplied or ReportOnlyNotApplied => false,
        _ => null,
    };

    public static bool IsReportOnly(string result) => result.StartsWith("reportOnly", StringComparison.Ordinal);
}
