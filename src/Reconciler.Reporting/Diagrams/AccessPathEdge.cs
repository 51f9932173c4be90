namespace Reconciler.Reporting.Diagrams;

public sealed record AccessPathEdge(string From, string To, AccessPathChange Change);
