using Reconciler.Model.Diagnostics;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>One rejected input: <see cref="Property"/> is its dotted path (Pulumi's <c>CheckFailure.Property</c>).</summary>
public sealed record XtapInputFailure(string Property, Diagnostic Diagnostic)
{
    /// <summary>An input of the wrong type, an unknown key, or one that belongs elsewhere (B2B1905).</summary>
    public static XtapInputFailure Malformed(string property, string problem) =>
        new(property, PulumiDiagnostics.MalformedProviderInput(property, problem));

    /// <summary>A tenant id that is missing (<paramref name="value"/> null) or not a GUID (B2B1906).</summary>
    public static XtapInputFailure BadTenantId(string property, string? value) =>
        new(property, PulumiDiagnostics.MalformedTenantId(property, value));

    /// <summary>A value outside Graph's vocabulary (B2B1907).</summary>
    public static XtapInputFailure UnknownValue(string property, string value, IEnumerable<string> allowed) =>
        new(property, PulumiDiagnostics.UnknownEnumValue(property, value, allowed));
}
