using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B24xx catalogue: runs a pipeline must not make. A pipeline that reports on a throwaway tenant looks green
/// while the real tenant is never read, so these stop the run before it connects.
/// </summary>
public static class PipelineDiagnostics
{
    [DiagnosticCode("B2B2401")]
    public static Diagnostic LocalTenantInCi(string graphUrl, string variable) =>
        Error($"This is a CI run ({variable} is set) and the stack's graphUrl '{graphUrl}' is a local tenant, so the report would describe a throwaway tenant on this runner, not yours. "
            + "Remove b2b:graphUrl (or point it at Microsoft Graph); pass --allow-local-tenant only for tests of the tool itself.");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(PipelineDiagnostics), factory, DiagnosticSeverity.Error, message, at);
}
