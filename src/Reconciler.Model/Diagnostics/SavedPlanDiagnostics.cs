using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B23xx catalogue: why a saved plan (<c>plan --save</c>, then <c>apply FILE</c>) was not applied. Each one
/// stops apply before any write; the fix is always to plan again and review the new plan.
/// </summary>
public static class SavedPlanDiagnostics
{
    [DiagnosticCode("B2B2301")]
    public static Diagnostic Unreadable(string file, string reason) =>
        Error($"'{file}' is not a saved plan this version can apply: {reason}. Make it again with 'reconciler plan --save {file}'.");

    [DiagnosticCode("B2B2302")]
    public static Diagnostic OtherStack(string savedStack, string savedTenant, string stack, string tenant) =>
        Error($"The saved plan is for stack '{savedStack}' in tenant {savedTenant}, not stack '{stack}' in tenant {tenant}. Pass --stack {savedStack}, or plan this stack again.");

    [DiagnosticCode("B2B2303")]
    public static Diagnostic StackChanged(string stack) =>
        Error($"The files of stack '{stack}' changed since the plan was saved, so it is not the plan that was reviewed. Nothing was written; plan again.");

    [DiagnosticCode("B2B2304")]
    public static Diagnostic ObjectChanged(object resourceType, string key) =>
        Error($"{Camel(resourceType)} {key} changed in the tenant since the plan was saved. Nothing was written; plan again to review the change.");

    [DiagnosticCode("B2B2305")]
    public static Diagnostic PlanChanged(int savedCount, int freshCount, IReadOnlyList<string> unreviewed) =>
        Error($"Planning again gives {freshCount} write(s), not the {savedCount} saved"
            + (unreviewed.Count > 0 ? $"; not reviewed: {string.Join(", ", unreviewed.Take(5))}{(unreviewed.Count > 5 ? $" and {unreviewed.Count - 5} more" : "")}" : "")
            + ". Nothing was written; plan again.");

    private static string Camel(object value)
    {
        var text = value.ToString() ?? "";
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(SavedPlanDiagnostics), factory, DiagnosticSeverity.Error, message, at);
}
