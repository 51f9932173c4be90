using Microsoft.Graph.Models;
using Reconciler.Model.Evidence;

namespace Reconciler.Graph.Evidence;

/// <summary>The SDK's <see cref="SignIn"/> reduced to a <see cref="RecordedSignIn"/>; a sign-in without an id or user is skipped.</summary>
internal static class SignInFromGraph
{
    public static RecordedSignIn? Map(SignIn signIn)
    {
        if (signIn.Id is not { } id || signIn.UserId is not { Length: > 0 } userId)
        {
            return null;
        }
        return new RecordedSignIn
        {
            Id = id,
            CreatedDateTime = signIn.CreatedDateTime ?? DateTimeOffset.MinValue,
            UserId = userId,
            UserPrincipalName = signIn.UserPrincipalName,
            UserDisplayName = signIn.UserDisplayName,
            AppId = signIn.AppId,
            AppDisplayName = signIn.AppDisplayName,
            ClientAppUsed = signIn.ClientAppUsed,
            OperatingSystem = signIn.DeviceDetail?.OperatingSystem,
            CountryOrRegion = signIn.Location?.CountryOrRegion,
            RiskLevelDuringSignIn = Token(signIn.RiskLevelDuringSignIn?.ToString()),
            ErrorCode = signIn.Status?.ErrorCode,
            AdditionalDetails = signIn.Status?.AdditionalDetails,
            ConditionalAccessStatus = Token(signIn.ConditionalAccessStatus?.ToString()),
            AppliedPolicies = (signIn.AppliedConditionalAccessPolicies ?? [])
                .Where(p => p.Id is not null)
                .Select(p => new AppliedPolicyResult(p.Id!, p.DisplayName, Token(p.Result?.ToString()) ?? PolicyResults.Unknown, p.EnforcedGrantControls ?? []))
                .ToList(),
            HomeTenantId = signIn.HomeTenantId,
        };
    }

    /// <summary>The SDK's enum member as Graph spells it on the wire: <c>ReportOnlyFailure</c> is <c>reportOnlyFailure</c>.</summary>
    private static string? Token(string? member) =>
        string.IsNullOrEmpty(member) ? null : char.ToLowerInvariant(member[0]) + member[1..];
}
