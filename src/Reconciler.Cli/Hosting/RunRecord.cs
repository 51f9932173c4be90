using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// What one run has told the person so far. A command that fails before its report leaves the diagnostics here, so
/// the failure can still be written in the format asked for (<see cref="FailureReport"/>).
/// </summary>
public sealed class RunRecord
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_diagnostics)
            {
                return [.. _diagnostics];
            }
        }
    }

    public bool ReportWritten { get; private set; }

    public void Reported(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_diagnostics)
        {
            _diagnostics.AddRange(diagnostics);
        }
    }

    public void WroteReport() => ReportWritten = true;
}
