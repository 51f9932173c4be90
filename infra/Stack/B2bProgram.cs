using Pulumi;
using Reconciler.PulumiMapping;

namespace Reconciler.Infra.Stack;

/// <summary>
/// The whole program: read the stack's config through Core (one validation for both engines), stop with every
/// diagnostic before anything is declared, then declare what Core's mapping lists and export the ids.
/// </summary>
public static class B2bProgram
{
    public static IDictionary<string, object?> Declare()
    {
        var (state, loadDiagnostics) = DesiredStateSource.Load(StackConfig.Read());
        var model = state is null ? null : PulumiStackMapper.Map(state);
        Diagnostics.Report([.. loadDiagnostics, .. model?.Diagnostics ?? []]);
        if (state is null || model is null || model.HasErrors)
        {
            throw new RunException("The stack configuration has errors (listed above); nothing was declared.");
        }

        EngineGate.RequirePulumi(state);

        var invitations = GuestDeclarations.Declare(model);
        var policies = PolicyDeclarations.Declare(model, new UserReferenceInputs(invitations));
        CrossTenantDeclarations.Declare(model, state.TenantId, state.GraphUrl);

        return StackOutputs.From(invitations, policies);
    }
}
