using Reconciler.Loading;

namespace Reconciler.Core.Tests.Support;

/// <summary>Stack files as text: the smallest valid project, and a stack with a tenant id and whatever config a test adds.</summary>
internal static class Stacks
{
    public const string TenantId = "0f4e6c1a-0000-4000-8000-000000000001";

    public const string ProjectYaml = "name: b2b\nruntime: dotnet\nmain: infra/\n";

    /// <summary>A stack whose config starts at line 3, column 3 with <paramref name="config"/> (written without indentation).</summary>
    public static string WithConfig(string config) =>
        $"config:\n  azuread:tenantId: {TenantId}\n" + string.Join("\n", config.Split('\n').Select(line => "  " + line)) + "\n";

    public static LoadResult Load(string stackYaml) => StackLoader.LoadFromText(ProjectYaml, stackYaml, "Pulumi.dev.yaml", "dev");

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reconciler.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Reconciler.sln not found above the test output.");
    }
}
