using System.Xml.Linq;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Architecture;

/// <summary>
/// The compiler enforces the layering only as far as the project files allow it; these tests hold the project files
/// (and what the pure assemblies were actually built against) to <see cref="Layering"/>.
/// </summary>
public class LayeringTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.Graph", "Serilog", "System.CommandLine", "Microsoft.AspNetCore", "Azure", "System.Net.Http",
        "System.Console", "Spectre.Console", "Microsoft.Extensions.Logging",
    ];

    private static readonly string SourceRoot = Path.Combine(Stacks.RepositoryRoot(), "src");

    [Fact]
    public void EveryProjectUnderSrcHasAPlaceInTheLayering()
    {
        var unplaced = ProjectFiles().Keys.Where(name => !Layering.MayReference.ContainsKey(name)).ToArray();

        Assert.Empty(unplaced);
    }

    [Fact]
    public void NoProjectReferencesALayerItMayNotEvenThroughAnother()
    {
        var projects = ProjectFiles().ToDictionary(p => p.Key, p => ProjectReferences(p.Value));

        var offenders = projects.Keys
            .Where(Layering.MayReference.ContainsKey)
            .SelectMany(name => Reachable(name, projects).Except(Layering.MayReference[name]).Select(bad => $"{name} -> {bad}"))
            .ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PureAssembliesWereBuiltAgainstOnlyTheirLayers()
    {
        var offenders = Layering.Pure
            .SelectMany(assembly => assembly.GetReferencedAssemblies()
                .Select(reference => reference.Name!)
                .Where(reference => reference.StartsWith("Reconciler.", StringComparison.Ordinal))
                .Except(Layering.MayReference[assembly.GetName().Name!])
                .Select(bad => $"{assembly.GetName().Name} -> {bad}"))
            .ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PureAssembliesReferenceNoNetworkLoggingConsoleOrWebAssembly()
    {
        var offenders = Layering.Pure
            .SelectMany(assembly => assembly.GetReferencedAssemblies()
                .Select(reference => reference.Name!)
                .Where(IsForbidden)
                .Select(bad => $"{assembly.GetName().Name} -> {bad}"))
            .ToArray();

        Assert.Empty(offenders);
    }

    /// <summary>A package the code does not use yet leaves no trace in the assembly, so the project files are read too.</summary>
    [Fact]
    public void PureProjectsDeclareNoNetworkLoggingConsoleOrWebPackage()
    {
        var files = ProjectFiles();
        var offenders = Layering.Pure
            .Select(assembly => assembly.GetName().Name!)
            .SelectMany(name => PackageAndFrameworkReferences(files[name]).Where(IsForbidden).Select(bad => $"{name} -> {bad}"))
            .ToArray();

        Assert.Empty(offenders);
    }

    private static bool IsForbidden(string name) =>
        Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));

    private static Dictionary<string, string> ProjectFiles() =>
        Directory.GetDirectories(SourceRoot)
            .SelectMany(directory => Directory.GetFiles(directory, "*.csproj"))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => path);

    private static string[] ProjectReferences(string projectFile) =>
        Includes(projectFile, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))).ToArray();

    private static string[] PackageAndFrameworkReferences(string projectFile) =>
        [.. Includes(projectFile, "PackageReference"), .. Includes(projectFile, "FrameworkReference")];

    private static IEnumerable<string> Includes(string projectFile, string item) =>
        XDocument.Load(projectFile).Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();

    private static HashSet<string> Reachable(string start, IReadOnlyDictionary<string, string[]> projects)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(projects.GetValueOrDefault(start, []));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in projects.GetValueOrDefault(next, []))
                {
                    pending.Push(further);
                }
            }
        }

        return seen;
    }
}
