using System.Text.RegularExpressions;
using Reconciler.Testing.Running;

namespace Reconciler.Testing.Invariants;

/// <summary>How a run may end: success, or a failure a person can act on — a B2B code, never a stack trace.</summary>
public static partial class Outcomes
{
    /// <summary>Why the result is not a coded failure (exit 1, a B2B code on stderr, no stack trace), or null when it is.</summary>
    public static string? NotACodedFailure(CliResult result) =>
        result.ExitCode != 1 ? $"exit {result.ExitCode}"
        : !Code().IsMatch(result.Stderr) ? "no B2B code on stderr"
        : StackFrame().IsMatch(result.All) ? "a stack trace"
        : null;

    /// <summary>Why the result is neither success (one of the given exit codes) nor a coded failure, or null.</summary>
    public static string? NeitherConvergedNorCodedFailure(CliResult result, params int[] successCodes) =>
        successCodes.Contains(result.ExitCode) ? null : NotACodedFailure(result);

    public static string CodeOf(CliResult result) => Code().Match(result.Stderr).Value;

    [GeneratedRegex(@"B2B\d{4}")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
