using Reconciler.Core.Diagnostics;
using Reconciler.Core.DesiredState;

namespace Reconciler.Infra.Stack;

/// <summary>
/// The one place the program calls Core's loader. ASSUMPTION (the loader is written alongside this program): its API is
/// <c>ConfigTree.FromJson(string json, string file)</c> and <c>DesiredStateBinder.Bind(ConfigTree, string projectName,
/// string stackName)</c> returning a result with <c>State</c> (null on errors) and <c>Diagnostics</c>. Adapt this file,
/// and only this file, if the merged names differ.
/// </summary>
internal static class DesiredStateSource
{
    public static (DesiredState? State, IReadOnlyList<Diagnostic> Diagnostics) Load(StackConfigJson config)
    {
        var tree = ConfigTree.FromJson(config.Json, $"Pulumi.{config.StackName}.yaml");
        var bound = DesiredStateBinder.Bind(tree, config.ProjectName, config.StackName);
        return (bound.State, bound.Diagnostics);
    }
}
