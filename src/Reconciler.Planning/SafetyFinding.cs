using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// A safety gate that fired. A blocking finding stops apply unless the override named in
/// <see cref="OverrideName"/> was passed; then it stays in the plan, marked <see cref="Overridden"/>, so the
/// report shows that someone chose to go ahead.
/// </summary>
public sealed record SafetyFinding(Diagnostic Diagnostic, string? OverrideName, bool Overridden)
{
    public bool Blocks => Diagnostic.IsError && !Overridden;
}
