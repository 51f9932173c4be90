using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Output;

/// <summary>Diagnostics as MSBuild-style lines (<c>Pulumi.dev.yaml(12,7): error B2B1010: ...</c>), which editors and CI annotate.</summary>
internal static class DiagnosticWriter
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }
}
