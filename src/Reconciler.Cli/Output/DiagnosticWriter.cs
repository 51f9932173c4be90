using Reconciler.Cli.Hosting;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Output;

/// <summary>Diagnostics as MSBuild-style lines (<c>Pulumi.dev.yaml(12,7): error B2B1010: ...</c>), which editors and CI annotate.</summary>
internal static class DiagnosticWriter
{
    /// <summary>Writes to stderr, and keeps them in the run's record for a failure report in the chosen format.</summary>
    public static void Write(CliIo io, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        io.Record.Reported(list);
        foreach (var diagnostic in list)
        {
            io.Error.WriteLine(diagnostic.ToString());
        }
    }
}
