using Pulumi.AzureAD;
using Reconciler.PulumiMapping;

namespace Reconciler.Infra.Stack;

internal static class PolicyDeclarations
{
    /// <summary>Declares one <see cref="ConditionalAccessPolicy"/> per policy, keyed by display name for the stack outputs.</summary>
    public static IReadOnlyDictionary<string, ConditionalAccessPolicy> Declare(PulumiStackModel model, UserReferenceInputs users) =>
        model.Policies.ToDictionary(
            p => p.Args.DisplayName,
            p => new ConditionalAccessPolicy(p.ResourceName, PolicyArgsTranslator.Translate(p.Args, users), ResourceOptions.Ignoring(p.IgnoreChanges)),
            StringComparer.OrdinalIgnoreCase);
}
