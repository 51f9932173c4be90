using Reconciler.Model.Diagnostics;


namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>One rejected input: <see cref="Property"/> is its dotted path (Pulumi's <c>CheckFailure.Property</c>).</summary>
public sealed record XtapInputFailure(string Property, Diagnostic Diagnostic)
{
    public static XtapInputFailure Error(string property, string code, string message) =>
        new(property, new Diagnostic(code, DiagnosticSeverity.Error, $"{property}: {message}"));
}
