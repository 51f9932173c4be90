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

    public void Required(string property) =>
        Error(PulumiDiagnosticCodes.RequiredByProvider, $"{property} is required by azuread's ConditionalAccessPolicy");

    public void NotExpressible(string property) =>
        Error(PulumiDiagnosticCodes.NotExpressible, $"{property} has no azuread input; remove it or use engine: reconciler");

    public void Error(string code, string message) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, $"policy '{policy.DisplayName}': {message}", policy.Source));

    public void Warning(string code, string message) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, $"policy '{policy.DisplayName}': {message}", policy.Source));

    public static IReadOnlyList<string> List(IReadOnlyList<string>? values) => values ?? [];
}
