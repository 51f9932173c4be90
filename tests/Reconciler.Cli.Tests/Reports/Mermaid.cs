using System.Runtime.CompilerServices;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// The mermaid npm package's one-file bundle, which <c>.ci/install-mermaid</c> installs into artifacts/node/ (or
/// MERMAID_JS names): the browser loads it from disk, as GitHub's renderer would load its own copy.
/// </summary>
internal static class Mermaid
{
    public const string Missing = "the mermaid npm package is not installed (bash .ci/install-mermaid) or chromium is missing: the mermaid diagrams were not rendered";

    /// <summary>The bundle's path; null when it is not installed.</summary>
    public static string? Bundle { get; } = Find();

    private static string? Find([CallerFilePath] string here = "")
    {
        if (Environment.GetEnvironmentVariable("MERMAID_JS") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
        var bundle = Path.Combine(root, "artifacts", "node", "node_modules", "mermaid", "dist", "mermaid.min.js");
        return File.Exists(bundle) ? bundle : null;
    }
}
