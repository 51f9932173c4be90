using Reconciler.Model.Live;

namespace Reconciler.Access.Evidence;

/// <summary>One side of the replay: the tenant's policies (with their ids, which the log names) and its cross-tenant trust.</summary>
public sealed record EvidenceTenant(IReadOnlyList<EvidencePolicy> Policies, CrossTenantTrust Trust)
{
    public static EvidenceTenant From(LiveSnapshot tenant) => new(
        tenant.ConditionalAccessPolicies.Select(p => new EvidencePolicy(p.Id, new PolicyUnderTest(p.Body))).ToList(),
        CrossTenantTrust.From(tenant));

    internal IReadOnlyList<PolicyUnderTest> UnderTest => [.. Policies.Select(p => p.Policy)];
}

public sealed record EvidencePolicy(string Id, PolicyUnderTest Policy)
{
    public string DisplayName => Policy.DisplayName;
}
