namespace Reconciler.Reporting;

/// <summary>How the text and markdown reports word the paths another team manages and the unmanaged objects that weaken.</summary>
internal static class IgnoredText
{
    public const string Heading = "Ignored (ignoreChanges: another team manages these; not compared, never written)";

    public static string Of(IgnoredRow row) => $"ignored: {row.Path}";

    /// <summary>"1 unmanaged object weakens guest access", or nothing when none does.</summary>
    public static string Caution(int weakening) =>
        weakening == 0 ? "" : $"{weakening} unmanaged {(weakening == 1 ? "object weakens" : "objects weaken")} guest access:";

    public static string Weakening(UnmanagedRow row) => $"{ResourceNames.Of(row.ResourceType)} {ResourceNames.Label(row.Key, row.Name)} ({row.Reason})";
}
