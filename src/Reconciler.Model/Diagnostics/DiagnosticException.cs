namespace Reconciler.Model.Diagnostics;

/// <summary>
/// A finding that ends a run, for the few paths where returning it is not possible (e.g. deep in an adapter).
/// The CLI turns it into one line on stderr and exit code 1.
/// </summary>
public class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
