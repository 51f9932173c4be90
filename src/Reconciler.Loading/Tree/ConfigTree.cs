using System.Collections.Immutable;
using System.Text.Json;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Tree;

/// <summary>Builds <see cref="ConfigNode"/> trees from the two texts config arrives as.</summary>
public static class ConfigTree
{
    /// <summary>
    /// Parses one config value given as JSON, as the Pulumi engine passes structured values to a program.
    /// A plain string that is not JSON (e.g. a tenant id) becomes a string scalar.
    /// </summary>
    public static ConfigNode FromJson(string json, string origin)
    {
        try
        {
            return JsonTreeReader.Read(json, origin);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: an escaped lone surrogate ("\ud800") parses but cannot become a string.
            return new ConfigScalar(new SourceLocation(origin, 1, 1), json, ScalarKind.String);
        }
    }

    public static (ConfigNode? Root, ImmutableArray<Diagnostic> Diagnostics) FromYaml(string yaml, string file, YamlLimits? limits = null) =>
        YamlTreeReader.Read(yaml, file, limits);
}
