using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B19xx block of the input range: what the Pulumi engine cannot express, and what the cross-tenant provider
/// rejects. Raised by the Pulumi mapping (Reconciler.Pulumi), never by the loader, so the codes never collide.
/// </summary>
public static class PulumiDiagnostics
{
    [DiagnosticCode("B2B1901")]
    public static Diagnostic NotExpressible(string owner, string property, string resource, SourceLocation? at) =>
        Error($"{owner}: {property} has no input in azuread's {resource}; remove it or use engine: reconciler", at);

    [DiagnosticCode("B2B1902")]
    public static Diagnostic RequiredByProvider(string owner, string property, SourceLocation? at) =>
        Error($"{owner}: {property} is required by azuread's ConditionalAccessPolicy", at);

    [DiagnosticCode("B2B1903")]
    public static Diagnostic NarrowerThanGraph(string owner, string property, string narrower, SourceLocation? at) =>
        Error($"{owner}: {property} {narrower} in azuread", at);

    [DiagnosticCode("B2B1904")]
    public static Diagnostic IgnoredByProvider(string owner, string what, string because, SourceLocation? at) =>
        Warning($"{owner}: {what} is ignored {because}", at);

    [DiagnosticCode("B2B1905")]
    public static Diagnostic MalformedProviderInput(string property, string problem) =>
        Error($"{property} {problem}");

    [DiagnosticCode("B2B1906")]
    public static Diagnostic MalformedTenantId(string property, string? value) =>
        Error(value is null ? $"{property} is required" : $"{property} '{value}' is not a tenant id (a GUID)");

    [DiagnosticCode("B2B1907")]
    public static Diagnostic UnknownEnumValue(string property, string value, IEnumerable<string> allowed) =>
        Error($"{property} '{value}' is not one of {string.Join(", ", allowed)}");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PulumiDiagnostics), factory, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Warning(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PulumiDiagnostics), factory, DiagnosticSeverity.Warning, message, at);
}
