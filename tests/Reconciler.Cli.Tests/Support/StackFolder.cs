namespace Reconciler.Cli.Tests.Support;

/// <summary>A throwaway project folder holding Pulumi.yaml and one stack file, deleted after the test.</summary>
internal sealed class StackFolder : IDisposable
{
    private StackFolder(string path) => Path = path;

    public string Path { get; }

    public string StackFile => System.IO.Path.Combine(Path, "Pulumi.dev.yaml");

    /// <summary>A copy of the repository's sample stack (the tutorial's desired state).</summary>
    public static StackFolder WithSample() =>
        With(File.ReadAllText(System.IO.Path.Combine(Baseline.RepositoryRoot, "Pulumi.dev.yaml")));

    public static StackFolder With(string stackYaml)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reconciler-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, "Pulumi.yaml"), "name: b2b\nruntime: dotnet\nmain: infra/\n");
        File.WriteAllText(System.IO.Path.Combine(path, "Pulumi.dev.yaml"), stackYaml);
        return new StackFolder(path);
    }

    /// <summary>Edits the stack the way a person would: replace one piece of text.</summary>
    public void Edit(string oldText, string newText)
    {
        var text = File.ReadAllText(StackFile);
        Assert.Contains(oldText, text);
        File.WriteAllText(StackFile, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
