using Pulumi;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Infra.Stack;

/// <summary>Shows Core's diagnostics in Pulumi's output, in the same MSBuild-style lines <c>reconciler validate</c> prints.</summary>
internal static class Diagnostics
{
    public static void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Log.Error(diagnostic.ToString());
                    break;
                case DiagnosticSeverity.Warning:
                    Log.Warn(diagnostic.ToString());
                    break;
                default:
                    Log.Info(diagnostic.ToString());
                    break;
            }
        }
    }
}
