namespace Reconciler.Testing.Stacks;

/// <summary>A throwaway project folder holding Pulumi.yaml and one stack file, deleted when disposed.</summary>
public sealed class StackFolder : IDisposable
{
    private StackFolder(string path) => Path = path;

    public string Path { get; }

    public string StackFile => System.IO.Path.Combine(Path, "Pulumi.dev.yaml");

    /// <summary>A copy of the repository's sample stack (the tutorial's desired state).</summary>
    public static StackFolder WithSample() => With(Repository.SampleStack);

    public static StackFolder With(string stackYaml)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reconciler-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, "Pulumi.yaml"), "name: b2b\nruntime: dotnet\nmain: infra/\n");
        File.WriteAllText(System.IO.Path.Combine(path, "Pulumi.dev.yaml"), stackYaml);
        return new StackFolder(path);
    }

    /// <summary>Replaces the whole stack file, as a new commit of the desired state would.</summary>
    public void Write(string stackYaml) => File.WriteAllText(StackFile, stackYaml);

    /// <summary>Edits the stack the way a person would: replace one piece of text, which must be there.</summary>
    public void Edit(string oldText, string newText)
    {
        var text = File.ReadAllText(StackFile);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The stack does not contain '{oldText}':\n{text}");
        }
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
