using System.Text.RegularExpressions;
using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// What the loader promises for any input at all: it returns, in bounded time, a result whose every diagnostic is
/// coded, printable and points inside the file it names. A failure message names the case that broke the promise.
/// </summary>
internal static partial class LoaderGuarantee
{
    public const string StackFile = "Pulumi.dev.yaml";

    /// <summary>Generous for a file of a few hundred lines; only a hang or a runaway expansion reaches it.</summary>
    public static readonly TimeSpan PerCase = TimeSpan.FromSeconds(2);

    public static LoadResult Holds(string stackYaml, string reproduction, TimeSpan? timeout = null) =>
        Holds(Stacks.ProjectYaml, stackYaml, reproduction, timeout);

    public static LoadResult Holds(string projectYaml, string stackYaml, string reproduction, TimeSpan? timeout = null) =>
        Check(() => StackLoader.LoadFromText(projectYaml, stackYaml, StackFile, "dev"),
            new Dictionary<string, string> { [StackFiles.ProjectFile] = projectYaml, [StackFile] = stackYaml }, reproduction, timeout);

    public static LoadResult Check(Func<LoadResult> load, IReadOnlyDictionary<string, string> files, string reproduction, TimeSpan? timeout = null)
    {
        var run = Task.Run(load);
        try
        {
            Assert.True(run.Wait(timeout ?? PerCase), $"{reproduction}: the loader did not return within {(timeout ?? PerCase).TotalSeconds} s");
        }
        catch (AggregateException e)
        {
            Assert.Fail($"{reproduction}: the loader threw {e.InnerException}");
        }

        var result = run.Result;
        Assert.True(result.IsValid || result.Diagnostics.Any(d => d.IsError), $"{reproduction}: rejected without an error diagnostic");
        foreach (var diagnostic in result.Diagnostics)
        {
            WellFormed(diagnostic, files, reproduction);
        }

        return result;
    }

    private static void WellFormed(Diagnostic diagnostic, IReadOnlyDictionary<string, string> files, string reproduction)
    {
        var printed = diagnostic.ToString();
        Assert.True(CodePattern().IsMatch(diagnostic.Code), $"{reproduction}: uncoded diagnostic {printed}");
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"{reproduction}: empty message {printed}");
        if (diagnostic.Location is not { } at || !files.TryGetValue(at.File, out var text))
        {
            Assert.True(diagnostic.Location is null, $"{reproduction}: points into an unknown file: {printed}");
            return;
        }

        var lines = LineBreak().Split(text);
        Assert.True(at.Line >= 1 && at.Line <= lines.Length, $"{reproduction}: line {at.Line} of {lines.Length}: {printed}");
        var width = lines[at.Line - 1].Length + 1;
        Assert.True(at.Column >= 1 && at.Column <= width, $"{reproduction}: column {at.Column} of {width}: {printed}");
    }

    [GeneratedRegex(@"^B2B1\d{3}$")]
    private static partial Regex CodePattern();

    /// <summary>The line breaks YAML counts: CRLF, LF, CR and the Unicode ones.</summary>
    [GeneratedRegex("\r\n|[\n\r\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();
}
