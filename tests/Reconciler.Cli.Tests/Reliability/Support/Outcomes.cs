using System.Text.RegularExpressions;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Reliability.Support;

/// <summary>How a run may end: success, or a failure a person can act on — a B2B code, never a stack trace.</summary>
internal static partial class Outcomes
{
    public static void AssertCodedFailure(CliResult result, string what)
    {
        Assert.True(result.ExitCode == 1, $"{what}: exit {result.ExitCode}\n{result.All}");
        Assert.True(Code().IsMatch(result.Stderr), $"{what}: no B2B code on stderr\n{result.All}");
        Assert.False(StackFrame().IsMatch(result.All), $"{what}: a stack trace\n{result.All}");
    }

    public static void AssertConvergedOrCodedFailure(CliResult result, string what, params int[] successCodes)
    {
        if (!successCodes.Contains(result.ExitCode))
        {
            AssertCodedFailure(result, what);
        }
    }

    public static string CodeOf(CliResult result) => Code().Match(result.Stderr).Value;

    [GeneratedRegex(@"B2B\d{4}")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
