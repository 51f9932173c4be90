namespace Reconciler.Benchmarks.Reporting;

/// <summary>One goal, the figure measured against it, and whether it holds.</summary>
internal sealed record Target(string Name, string Measured, string Goal, bool Met);
