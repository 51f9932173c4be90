namespace Reconciler.Reporting.Diagrams;

/// <summary>Whether a node or an edge is in both states, or only in the one before (or declared) or after (or live).</summary>
public enum AccessPathChange
{
    Same,
    BeforeOnly,
    AfterOnly,
}
