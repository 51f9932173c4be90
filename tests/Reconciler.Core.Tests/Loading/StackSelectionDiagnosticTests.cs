using Reconciler.Core.Tests.Support;
using Reconciler.Loading;

namespace Reconciler.Core.Tests.Loading;

/// <summary>The codes about finding the files: they point at no line, or at Pulumi.yaml.</summary>
public sealed class StackSelectionDiagnosticTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reconciler-").FullName;

    [Fact]
    public void DirectoryWithoutPulumiYamlIsReportedWithB2B1002()
    {
        var result = StackLoader.Load(_directory, null);

        Assert.Equal("B2B1002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ProjectWithoutNameIsReportedWithB2B1003AtPulumiYaml()
    {
        var result = StackLoader.LoadFromText("runtime: dotnet\n", Stacks.WithConfig(""), "Pulumi.dev.yaml", "dev");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("B2B1003", "Pulumi.yaml(1,1)"), (diagnostic.Code, diagnostic.Location?.ToString()));
    }

    [Fact]
    public void ProjectWithoutStackFileIsReportedWithB2B1004()
    {
        WriteFile("Pulumi.yaml", Stacks.ProjectYaml);

        Assert.Equal("B2B1004", Assert.Single(StackLoader.Load(_directory, null).Diagnostics).Code);
    }

    [Fact]
    public void NamedStackThatDoesNotExistIsReportedWithB2B1004()
    {
        WriteFile("Pulumi.yaml", Stacks.ProjectYaml);
        WriteFile("Pulumi.dev.yaml", Stacks.WithConfig(""));

        var diagnostic = Assert.Single(StackLoader.Load(_directory, "prod").Diagnostics);
        Assert.Equal("B2B1004", diagnostic.Code);
        Assert.Contains("Pulumi.prod.yaml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralStacksWithoutStackOptionAreReportedWithB2B1005ListingThem()
    {
        WriteFile("Pulumi.yaml", Stacks.ProjectYaml);
        WriteFile("Pulumi.dev.yaml", Stacks.WithConfig(""));
        WriteFile("Pulumi.prod.yaml", Stacks.WithConfig(""));

        var diagnostic = Assert.Single(StackLoader.Load(_directory, null).Diagnostics);
        Assert.Equal("B2B1005", diagnostic.Code);
        Assert.Contains("dev, prod", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyStackIsChosenWithoutStackOption()
    {
        WriteFile("Pulumi.yaml", Stacks.ProjectYaml);
        WriteFile("Pulumi.test.yaml", Stacks.WithConfig(""));

        var result = StackLoader.Load(_directory, null);

        Assert.True(result.IsValid);
        Assert.Equal(("Pulumi.test.yaml", "test"), (result.StackFile, result.State!.StackName));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);
}
