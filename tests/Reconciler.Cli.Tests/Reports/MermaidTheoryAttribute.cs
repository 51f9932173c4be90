namespace Reconciler.Cli.Tests.Reports;

/// <summary>A theory that needs Chromium and the mermaid bundle, skipped, saying why, where either is missing.</summary>
internal sealed class MermaidTheoryAttribute : TheoryAttribute
{
    public MermaidTheoryAttribute()
    {
        if (Chromium.Path is null || Mermaid.Bundle is null)
        {
            Skip = Mermaid.Missing;
        }
    }
}
