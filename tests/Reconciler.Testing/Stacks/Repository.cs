namespace Reconciler.Testing.Stacks;

/// <summary>The checkout this code was built from, found by walking up from the build output to Reconciler.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's sample stack, the tutorial's desired state.</summary>
    public static string SampleStack => File.ReadAllText(Path.Combine(Root, "Pulumi.dev.yaml"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reconciler.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Reconciler.sln not found above the build output.");
    }
}
