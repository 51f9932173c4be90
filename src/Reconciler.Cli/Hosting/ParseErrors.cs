using System.CommandLine;
using System.Text.RegularExpressions;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// The command-line parser's complaints as B2B1101 diagnostics, in words a person types: the parser names the .NET
/// type it wanted (<c>System.Int32</c>), which this replaces with what to type instead.
/// </summary>
internal static partial class ParseErrors
{
    public static IReadOnlyList<Diagnostic> Of(ParseResult parseResult) =>
        [.. parseResult.Errors.Select(e => CommandLineDiagnostics.ArgumentNotUnderstood(Plain(e.Message)))];

    internal static string Plain(string message)
    {
        var text = CannotParse().Replace(message, m => $"'{m.Groups["value"].Value}' is not a valid value for {m.Groups["option"].Value}: expected {Expected(m.Groups["type"].Value)}.");
        return TypeName().Replace(text, "a valid value");
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*?)' for (?:option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.?")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"'(?:System|Reconciler|Microsoft)\.[\w.`\[\]]+'")]
    private static partial Regex TypeName();
}
