using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B11xx catalogue: problems in what a person typed or pointed the command at, outside the stack files:
/// arguments, environment variables, files to read or write, ports, seed files. One factory per code; every message
/// names the value and what would be accepted, never a .NET type.
/// </summary>
public static class CommandLineDiagnostics
{
    [DiagnosticCode("B2B1101")]
    public static Diagnostic ArgumentNotUnderstood(string problem) =>
        Error($"{problem} See 'reconciler <command> --help'.");

    [DiagnosticCode("B2B1102")]
    public static Diagnostic InvalidValue(string source, string value, string expected) =>
        Error($"{source} '{value}' is not valid: expected {expected}.");

    [DiagnosticCode("B2B1103")]
    public static Diagnostic OutputNotWritable(string path, string reason) =>
        Error($"Cannot write '{path}': {reason}. Nothing was written; choose a file in a folder you can write to.");

    [DiagnosticCode("B2B1104")]
    public static Diagnostic FormatNotSupported(string command, string format, IEnumerable<string> supported) =>
        Error($"'{command}' cannot write --output {format}; it writes {string.Join(" or ", supported)}.");

    [DiagnosticCode("B2B1105")]
    public static Diagnostic PortUnavailable(int port, string reason) =>
        Error($"Cannot listen on 127.0.0.1:{port}: {reason}. Choose another with --port, or --port 0 for any free one.");

    [DiagnosticCode("B2B1106")]
    public static Diagnostic SeedInvalid(string path, string problem) =>
        Error($"Seed file '{path}': {problem}");

    [DiagnosticCode("B2B1108")]
    public static Diagnostic SeedBetaOnly(string path, string place, string? name, IEnumerable<string> properties) =>
        Warning($"Seed file '{path}': {place}{(name is null ? "" : $" ('{name}')")} carries properties that are beta-only, not in Graph v1.0: "
            + $"{string.Join(", ", properties)}. They were null or empty, so the local tenant left them out; remove them from the seed "
            + "(a beta export's nulls carry nothing), and keep values out, which Graph v1.0 refuses.");

    [DiagnosticCode("B2B1113")]
    public static Diagnostic SeedDirectoryObjectInvalid(string path, string problem) =>
        Error($"Seed file '{path}': {problem} Give groups and directoryRoles in Graph v1.0's shape, with GUID ids.");

    [DiagnosticCode("B2B1114")]
    public static Diagnostic SeedMemberNotFound(string path, string problem) =>
        Error($"Seed file '{path}': {problem} Add the member to the seed's users or groups, or remove it from the list.");

    [DiagnosticCode("B2B1115")]
    public static Diagnostic SeedMemberNotAllowed(string path, string problem) =>
        Error($"Seed file '{path}': {problem} Remove the member, or put it in a group the object may hold.");

    [DiagnosticCode("B2B1107")]
    public static Diagnostic FileUnreadable(string what, string path, string reason) =>
        Error($"Cannot read the {what} '{path}': {reason}.");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(CommandLineDiagnostics), factory, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Warning(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(CommandLineDiagnostics), factory, DiagnosticSeverity.Warning, message, at);
}
