using Pulumi;

namespace Reconciler.Infra.Stack;

/// <summary>The stack's <c>ignoreChanges</c>, already in each resource's input names, as Pulumi's resource option.</summary>
internal static class ResourceOptions
{
    public static CustomResourceOptions Ignoring(IReadOnlyList<string>? paths, CustomResourceOptions? options = null)
    {
        var result = options is null ? new CustomResourceOptions() : CustomResourceOptions.Merge(options, new CustomResourceOptions());
        result.IgnoreChanges = [.. paths ?? []];
        return result;
    }
}
