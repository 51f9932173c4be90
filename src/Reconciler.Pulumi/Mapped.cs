using Reconciler.Model.Diagnostics;

namespace Reconciler.PulumiMapping;

/// <summary>A mapped value with what the mapping found; when an error is among them the value must not be declared.</summary>
public sealed record Mapped<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
