using Pulumi;
using Reconciler.Loading;
using Reconciler.Model.Desired;

namespace Reconciler.Infra.Stack;

/// <summary>
/// One engine owns writes: with <c>b2b:engine: reconciler</c>, <c>pulumi up</c> would fight <c>reconciler apply</c>.
/// A stack that names no engine (the sample) runs with either, with a warning to choose one before a pipeline does.
/// </summary>
internal static class EngineGate
{
    public static void RequirePulumi(DesiredState state)
    {
        if (!state.EngineDeclared)
        {
            Log.Warn($"{state.ProjectName}:engine is not set, so both pulumi up and reconciler apply may write this tenant. Set it to pulumi to make Pulumi the only writer.");
            return;
        }

        if (state.Engine != Engine.Pulumi)
        {
            throw new RunException(
                $"{state.ProjectName}:engine is '{state.Engine.ToString().ToLowerInvariant()}', so reconciler apply owns this tenant. " +
                $"Set {state.ProjectName}:engine to pulumi to manage it with pulumi up.");
        }
    }
}
