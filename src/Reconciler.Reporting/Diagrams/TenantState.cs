using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.Live;

namespace Reconciler.Reporting.Diagrams;

/// <summary>One of the two tenants a diagram compares, with its policies and trust ready for the evaluator.</summary>
internal sealed class TenantState(LiveSnapshot tenant, string name)
{
    public LiveSnapshot Tenant { get; } = tenant;

    public string Name { get; } = name;

    public IReadOnlyList<PolicyUnderTest> Policies { get; } = [.. tenant.ConditionalAccessPolicies.Select(p => new PolicyUnderTest(p.Body))];

    private CrossTenantTrust Trust { get; } = CrossTenantTrust.From(tenant);

    /// <summary>The trust a guest of the user's home tenant gets, then per app the policies that apply and the outcome.</summary>
    public Path Walk(SignInUser user, IReadOnlyList<string> apps) => new(
        Trust.IsMfaAccepted(user.HomeTenantId) ? "home MFA trusted" : "home MFA not trusted",
        [.. apps.Select(app =>
        {
            var decision = AccessEvaluator.Evaluate(new SignIn { User = user, ApplicationId = app }, Policies, Trust);
            var policies = decision.Applying.Select(p => p.Enforced ? p.DisplayName : $"{p.DisplayName} (report-only)").ToList();
            return new AppPath(app, KnownApplications.NameOf(app) ?? app, policies, OutcomeText.Of(decision.Outcome));
        })]);

    public sealed record Path(string Trust, IReadOnlyList<AppPath> Apps)
    {
        /// <summary>Equal for two guests whose sign-ins go the same way, to fold them into one group.</summary>
        public string Signature => $"{Trust}|{string.Join("|", Apps.Select(a => $"{a.AppId}:{string.Join(",", a.Policies)}:{a.Outcome}"))}";
    }

    public sealed record AppPath(string AppId, string App, IReadOnlyList<string> Policies, string Outcome);
}
