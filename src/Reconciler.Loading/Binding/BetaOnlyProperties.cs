using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;

namespace Reconciler.Loading.Binding;

/// <summary>
/// Names that Graph beta exports of a Conditional Access policy carry (mostly as null) and Graph v1.0 does not have:
/// none is in the v1.0 docs' resource pages or in the Microsoft.Graph 6.10 SDK's v1.0 models. The local tenant keeps
/// its own copy of this table (it references nothing of ours); a test holds the two equal.
/// </summary>
internal static class BetaOnlyProperties
{
    public static readonly IReadOnlyList<string> Policy = ["partialEnablementStrategy"];

    public static readonly IReadOnlyList<string> Conditions = ["times", "deviceStates", "agents", "clients"];

    public static readonly IReadOnlyList<string> SessionControls = ["continuousAccessEvaluation", "networkAccessSecurity", "globalSecureAccessFilteringProfile"];

    /// <summary>What a beta export writes when the property is unused: null, an empty list, or a mapping of those.</summary>
    public static bool IsEmpty(ConfigNode? node) => node switch
    {
        null or ConfigScalar { Kind: ScalarKind.Null } => true,
        ConfigArray array => array.Items.IsEmpty,
        ConfigObject obj => obj.Properties.All(p => IsEmpty(p.Value)),
        _ => false,
    };
}
