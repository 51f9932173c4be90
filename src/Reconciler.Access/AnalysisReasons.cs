using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// Why a policy does not apply, in the vocabulary of Graph's <c>whatIfAnalysisResult.analysisReasons</c>.
/// </summary>
public static class AnalysisReasons
{
    public const string Users = "users";
    public const string Application = "application";
    public const string DevicePlatform = "devicePlatform";
    public const string Devices = "devices";
    public const string ClientApps = "clientApps";
    public const string Location = "location";
    public const string SignInRisk = "signInRisk";
    public const string UserRisk = "userRisk";
    public const string InsiderRisk = "insiderRisk";
    public const string AuthenticationFlow = "authenticationFlow";
    public const string PolicyNotEnabled = "policyNotEnabled";

    /// <summary>The evaluator cannot decide (group or role membership not given, an app group we cannot resolve).</summary>
    public const string NotEnoughInformation = "notEnoughInformation";
}
