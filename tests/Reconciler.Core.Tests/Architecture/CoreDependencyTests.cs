namespace Reconciler.Core.Tests.Architecture;

public class CoreDependencyTests
{
    private static readonly string[] Forbidden =
        ["Microsoft.Graph", "Serilog", "System.CommandLine", "Microsoft.AspNetCore", "Azure", "System.Net.Http", "System.Console", "Spectre.Console", "Microsoft.Extensions.Logging"];

    [Fact]
    public void PureAssembliesReferenceNoNetworkLoggingConsoleOrWebAssembly()
    {
        var referenced = Layering.Pure.SelectMany(a => a.GetReferencedAssemblies()).Select(a => a.Name!);

        var offenders = referenced.Where(name => Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal))).ToArray();

        Assert.Empty(offenders);
    }
}
