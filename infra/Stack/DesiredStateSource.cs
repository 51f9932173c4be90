using Reconciler.Loading;
using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Infra.Stack;

/// <summary>
/// The one place the program calls Core's loader: the config values, gathered as one JSON object keyed like the
/// stack file (<c>b2b:guests</c>, <c>azuread:tenantId</c>), go through the same binder as <c>reconciler validate</c>,
/// so both engines report the same diagnostics for the same mistake.
/// </summary>
internal static class DesiredStateSource
{
    public static (DesiredState? State, IReadOnlyList<Diagnostic> Diagnostics) Load(StackConfigJson config)
    {
        var file = $"Pulumi.{config.StackName}.yaml";
        var tree = ConfigTree.FromJson(config.Json, file);
        var values = tree is ConfigObject root
            ? root.Properties.ToDictionary(p => p.Key, p => p.Value)
            : new Dictionary<string, ConfigNode>();
        var bound = DesiredStateBinder.Bind(config.ProjectName, config.StackName, values, tree.Location);
        return (bound.State, bound.Diagnostics);
    }
}
