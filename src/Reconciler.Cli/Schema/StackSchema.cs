namespace Reconciler.Cli.Schema;

/// <summary>
/// The stack file's JSON Schema (docs/schema/stack.schema.json), shipped inside the tool so that it is wherever the
/// tool is: <c>reconciler schema</c> prints it, and an adopted project gets a copy its editor hint can point at.
/// </summary>
internal static class StackSchema
{
    /// <summary>The name of the copy beside Pulumi.yaml, and the path the editor hint names.</summary>
    public const string FileName = "stack.schema.json";

    /// <summary>Where the schema lives in Reconciler's own repository, which needs no copy.</summary>
    public static readonly string RepositoryPath = Path.Combine("docs", "schema", FileName);

    public static string Text { get; } = Read();

    /// <summary>
    /// The schema the editor hint of a stack in <paramref name="projectDirectory"/> should name, relative to it: the
    /// repository's own, else a copy beside Pulumi.yaml. Null when there is neither, because a hint to a file that is
    /// not there breaks the editor's checks.
    /// </summary>
    public static string? HintFor(string projectDirectory)
    {
        if (File.Exists(Path.Combine(projectDirectory, RepositoryPath)))
        {
            return RepositoryPath.Replace(Path.DirectorySeparatorChar, '/');
        }
        return File.Exists(Path.Combine(projectDirectory, FileName)) ? FileName : null;
    }

    /// <summary>Writes the copy beside Pulumi.yaml unless the project already has one (it may be newer, or edited).</summary>
    public static async Task<bool> WriteCopyAsync(string projectDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(projectDirectory, FileName);
        if (File.Exists(path) || File.Exists(Path.Combine(projectDirectory, RepositoryPath)))
        {
            return false;
        }
        await File.WriteAllTextAsync(path, Text, cancellationToken);
        return true;
    }

    private static string Read()
    {
        using var stream = typeof(StackSchema).Assembly.GetManifestResourceStream("Reconciler.Cli.Schema.stack.schema.json")
            ?? throw new InvalidOperationException("The stack schema is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
