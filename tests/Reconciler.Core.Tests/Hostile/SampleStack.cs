using Reconciler.Core.Tests.Support;
using Reconciler.Loading;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>The stacks the mutations start from: the tutorial at the repository root and each broken sample.</summary>
internal static class SampleStack
{
    public const string Tutorial = "tutorial";

    public static IEnumerable<string> Names =>
        new[] { Tutorial }.Concat(Directory.EnumerateDirectories(BrokenSamples()).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    public static (string Project, string Stack) Read(string name)
    {
        var directory = name == Tutorial ? Stacks.RepositoryRoot() : Path.Combine(BrokenSamples(), name);
        return (File.ReadAllText(Path.Combine(directory, StackFiles.ProjectFile)), File.ReadAllText(Path.Combine(directory, LoaderGuarantee.StackFile)));
    }

    private static string BrokenSamples() => Path.Combine(Stacks.RepositoryRoot(), "samples", "broken");
}
