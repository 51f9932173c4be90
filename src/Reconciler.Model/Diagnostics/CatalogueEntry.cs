using System.Collections.Concurrent;
using System.Reflection;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// Builds a diagnostic from the factory that makes it, so a code is written once, in the factory's
/// <see cref="DiagnosticCodeAttribute"/>, and its help link travels with it.
/// </summary>
internal static class CatalogueEntry
{
    private static readonly ConcurrentDictionary<(Type Catalogue, string Factory), DiagnosticCodeAttribute> Entries = new();

    internal static Diagnostic Make(Type catalogue, string factory, DiagnosticSeverity severity, string message, SourceLocation? at)
    {
        var entry = Entries.GetOrAdd((catalogue, factory), key => key.Catalogue
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == key.Factory)
            .Select(m => m.GetCustomAttribute<DiagnosticCodeAttribute>())
            .OfType<DiagnosticCodeAttribute>()
            .Single());
        return new Diagnostic(entry.Code, severity, message, at) { HelpLink = entry.HelpLink };
    }
}
