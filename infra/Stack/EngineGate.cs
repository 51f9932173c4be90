using Pulumi;
using Reconciler.Core.DesiredState;

namespace Reconciler.Infra.Stack;

/// <summary>One engine owns writes: with <c>b2b:engine: reconciler</c>, <c>pulumi up</c> would fight <c>reconciler apply</c>.</summary>
internal static class EngineGate
{
    public static void RequirePulumi(DesiredState state)
    {
        if (state.Engine != Engine.Pulumi)
        {
            throw new RunException(
                $"{state.ProjectName}:engine is '{state.Engine.ToString().ToLowerInvariant()}', so reconciler apply owns this tenant. " +
                $"Set {state.ProjectName}:engine to pulumi to manage it with pulumi up.");
        }
    }
}
