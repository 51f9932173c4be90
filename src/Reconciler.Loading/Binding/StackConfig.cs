using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Binding;

/// <summary>The keys of the project's own namespace; other namespaces (azuread:, pulumi:) belong to others and are left alone.</summary>
internal sealed class StackConfig(Binding binding, string projectName, IReadOnlyDictionary<string, ConfigNode> values)
{
    public static readonly IReadOnlyList<string> Keys =
        ["guests", "conditionalAccessPolicies", "crossTenantAccess", "breakGlassAccounts", "graphUrl", "engine", "ignore", "retainGuestsOnDelete", "promotion"];

    public string Path(string key) => $"{projectName}:{key}";

    public ConfigNode? Node(string key) => values.TryGetValue(Path(key), out var node) ? node : null;

    public void ReportUnknownKeys()
    {
        var prefix = projectName + ":";
        // Pulumi stack files namespace every key; a bare key is most likely one of ours written without it.
        foreach (var (key, node) in values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) || !v.Key.Contains(':')))
        {
            var bare = !key.StartsWith(prefix, StringComparison.Ordinal);
            var name = bare ? key : key[prefix.Length..];
            if (bare || !Keys.Contains(name))
            {
                var at = values is KeyedConfig keyed ? keyed.KeyLocation(key) : node.Location;
                binding.Report(InputDiagnostics.UnknownKey(at, "config", key, Spelling.Suggest(name, Keys) is { } s ? Path(s) : null));
            }
        }
    }
}

/// <summary>Config values that also remember where each key was written, so unknown keys point at the key itself.</summary>
internal sealed class KeyedConfig(IEnumerable<ConfigProperty> properties) : Dictionary<string, ConfigNode>(properties.ToDictionary(p => p.Key, p => p.Value))
{
    private readonly Dictionary<string, SourceLocation> _keyLocations = properties.ToDictionary(p => p.Key, p => p.KeyLocation);

    public SourceLocation KeyLocation(string key) => _keyLocations[key];
}
