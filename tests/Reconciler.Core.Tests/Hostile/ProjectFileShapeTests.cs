using Reconciler.Core.Tests.Support;
using static Reconciler.Core.Tests.Hostile.HostileCases;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>Pulumi.yaml in shapes Pulumi accepts and shapes it does not; only the name matters to the loader.</summary>
public class ProjectFileShapeTests
{
    private static readonly string Stack = Stacks.WithConfig("b2b:graphUrl: local");

    [Theory]
    [InlineData("runtime: dotnet\n")]
    [InlineData("name:\nruntime: dotnet\n")]
    [InlineData("name: [b2b]\n")]
    [InlineData("name: {secure: v1:abc}\n")]
    [InlineData("")]
    [InlineData("- name: b2b\n")]
    public void AProjectWithoutAUsableNameIsB2B1003(string project) =>
        Assert.Equal(["B2B1003"], Codes(LoaderGuarantee.Holds(project, Stack, "project " + project)));

    [Theory]
    [InlineData("name: b2b\nruntime:\n  name: dotnet\n  options: {binary: bin/infra.dll}\n")]
    [InlineData("name: b2b\nruntime: {name: dotnet}\nbackend: {url: file://~}\n")]
    [InlineData("name: b2b\nruntime: [dotnet]\nplugins: ~\n")]
    public void RuntimeShapesDoNotMatterToTheLoader(string project) =>
        Assert.True(LoaderGuarantee.Holds(project, Stack, "project " + project).IsValid);

    [Fact]
    public void AProjectFileWithBrokenYamlIsASyntaxError() =>
        Rejects(LoaderGuarantee.Holds("name: \"b2b\nruntime: dotnet\n", Stack, "broken project"), "B2B1001");
}
