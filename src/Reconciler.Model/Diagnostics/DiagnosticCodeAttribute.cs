namespace Reconciler.Model.Diagnostics;

/// <summary>
/// Marks a catalogue factory with the code it produces, so the catalogue can be checked against
/// docs/diagnostics.md without calling every factory. Every public static method of this namespace that
/// returns a <see cref="Diagnostic"/> must carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DiagnosticCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;

    /// <summary>Where a person reads more about the finding (Microsoft's documentation of the setting), if anywhere.</summary>
    public string? HelpLink { get; init; }
}
