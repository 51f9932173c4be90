using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.PulumiMapping.ConditionalAccess;

/// <summary>Collects what one policy's mapping finds, each finding pointing at the policy's declaration.</summary>
internal sealed class PolicyMappingContext(DesiredPolicy policy, IReadOnlySet<string> declaredGuestEmails)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public IReadOnlySet<string> DeclaredGuestEmails => declaredGuestEmails;

    private string Owner => $"policy '{policy.DisplayName}'";

    public void Required(string property) => _diagnostics.Add(PulumiDiagnostics.RequiredByProvider(Owner, property, policy.Source));

    public void NotExpressible(string property) =>
        _diagnostics.Add(PulumiDiagnostics.NotExpressible(Owner, property, "ConditionalAccessPolicy", policy.Source));

    public void Narrower(string property, string narrower) =>
        _diagnostics.Add(PulumiDiagnostics.NarrowerThanGraph(Owner, property, narrower, policy.Source));

    public static IReadOnlyList<string> List(IReadOnlyList<string>? values) => values ?? [];
}
