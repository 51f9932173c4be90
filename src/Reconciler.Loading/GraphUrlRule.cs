using Reconciler.Loading.Binding;
using Reconciler.Model.Desired;

namespace Reconciler.Loading;

/// <summary>What graphUrl may be, wherever it comes from (the stack, --graph-url, RECONCILER_GRAPH_URL): one rule, one code (B2B1018).</summary>
public static class GraphUrlRule
{
    public static bool Accepts(string value) => value == "local" || Formats.IsAbsoluteHttpUrl(value);
}
