using Reconciler.Model.Planning;

namespace Reconciler.Reporting;

/// <summary>An object's type and key, as a report looks it up: keys (emails, names, tenant ids) ignore case.</summary>
internal static class ObjectKey
{
    public static IEqualityComparer<(ResourceType Type, string Key)> Comparer { get; } = new KeyComparer();

    private sealed class KeyComparer : IEqualityComparer<(ResourceType Type, string Key)>
    {
        public bool Equals((ResourceType Type, string Key) x, (ResourceType Type, string Key) y) =>
            x.Type == y.Type && string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((ResourceType Type, string Key) key) =>
            HashCode.Combine(key.Type, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Key));
    }
}
