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

    [DiagnosticCode("B2B1107")]
    public static Diagnostic FileUnreadable(string what, string path, string reason) =>
        Error($"Cannot read the {what} '{path}': {reason}.");

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(CommandLineDiagnostics), factory, DiagnosticSeverity.Error, message, at);
}
