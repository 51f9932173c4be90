using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;

namespace Reconciler.Loading.Binding;

internal static class IgnoreBinder
{
    public static IgnoreList Bind(Binding binding, ConfigNode node, string path) =>
        ObjectReader.Bind(binding, node, path, ignore => new IgnoreList(
            ignore.Strings("guests") ?? [],
            ignore.Strings("conditionalAccessPolicies") ?? [],
            ignore.Strings("partners") ?? [])) ?? IgnoreList.Empty;
}
