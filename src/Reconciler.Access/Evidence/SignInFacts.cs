using Reconciler.Model.Evidence;

namespace Reconciler.Access.Evidence;

/// <summary>
/// What decides how a logged sign-in is evaluated, in the evaluator's vocabulary, plus the service's own results
/// (as one canonical string, so that equal facts compare equal). Sign-ins with equal facts are evaluated once.
/// </summary>
public sealed record SignInFacts(
    string UserId,
    string? AppId,
    string? ClientApp,
    string? DevicePlatform,
    string? SignInRisk,
    bool HomeTenantMfa,
    string? HomeTenantId,
    string ServiceResults)
{
    /// <summary>What Graph v1.0 writes in <c>status.additionalDetails</c> when MFA came as a claim in the (home tenant's) token.</summary>
    public const string MfaClaimInToken = "MFA requirement satisfied by claim in the token";

    public static SignInFacts Of(RecordedSignIn signIn) => new(
        signIn.UserId.ToLowerInvariant(),
        signIn.AppId?.ToLowerInvariant(),
        LogWords.ClientApp(signIn.ClientAppUsed),
        LogWords.DevicePlatform(signIn.OperatingSystem),
        signIn.RiskLevelDuringSignIn is "hidden" or "unknownFutureValue" ? null : signIn.RiskLevelDuringSignIn,
        string.Equals(signIn.AdditionalDetails, MfaClaimInToken, StringComparison.OrdinalIgnoreCase),
        signIn.HomeTenantId?.ToLowerInvariant(),
        string.Join(';', signIn.AppliedPolicies.Select(p => $"{p.Id.ToLowerInvariant()}={p.Result}").Order(StringComparer.Ordinal)));
}
