namespace Reconciler.Model.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Where a diagnostic points: a file with a one-based line and column, or nothing (tenant-level findings).</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>
/// A finding a person can act on. Diagnostics are values: stages return them, only the CLI prints them.
/// Codes are stable and catalogued in docs/diagnostics.md: B2B1xxx input, B2B2xxx planning and safety, B2B3xxx tenant and Graph.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation? Location = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Where a person reads more, when the code's catalogue entry names a page (see <see cref="DiagnosticCodeAttribute.HelpLink"/>).</summary>
    public string? HelpLink { get; init; }

    /// <summary>
    /// Every guest a finding about a group of guests stands for (the message names a few); null for any other finding.
    /// One warning for a thousand guests a policy treats alike keeps a plan readable, and its JSON still lists them all.
    /// </summary>
    public IReadOnlyList<string>? Guests { get; init; }

    /// <summary>MSBuild-style line, e.g. <c>Pulumi.dev.yaml(12,7): error B2B1004: ...</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Location is null ? $"{severity} {Code}: {Message}" : $"{Location}: {severity} {Code}: {Message}";
    }
}
