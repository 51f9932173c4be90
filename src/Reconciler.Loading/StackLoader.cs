using System.Collections.Immutable;
using Reconciler.Loading.Binding;
using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <summary>
/// Loads a stack from Pulumi.yaml and Pulumi.&lt;stack&gt;.yaml. <see cref="Load"/> is the only file access in the pure projects;
/// everything after reading the text is <see cref="LoadFromText"/>, which tests call directly.
/// </summary>
public static class StackLoader
{
    private static readonly string[] StackFileKeys = ["config", "encryptionsalt", "secretsprovider", "encryptedkey", "environment"];

    public static LoadResult Load(string directory, string? stackName)
    {
        var projectPath = Path.Combine(directory, StackFiles.ProjectFile);
        if (!File.Exists(projectPath))
        {
            return LoadResult.Failed(InputDiagnostics.ProjectFileMissing(directory));
        }

        var candidates = Directory.EnumerateFiles(directory, "Pulumi.*.yaml").Select(Path.GetFileName).OfType<string>();
        var (stack, problem) = StackFiles.Choose(directory, stackName, candidates);
        if (stack is null)
        {
            return LoadResult.Failed(problem!);
        }

        var stackFile = StackFiles.FileName(stack);
        var (projectText, projectProblem) = StackFileText.Read(projectPath, StackFiles.ProjectFile);
        var (stackText, stackProblem) = StackFileText.Read(Path.Combine(directory, stackFile), stackFile);
        if (projectText is null || stackText is null)
        {
            return new LoadResult(null, [.. new[] { projectProblem, stackProblem }.OfType<Diagnostic>()], stackFile, stack);
        }

        return LoadFromText(projectText, stackText, stackFile, stack);
    }

    public static LoadResult LoadFromText(string pulumiYamlText, string stackYamlText, string stackFileName, string stackName)
    {
        var oversized = new[] { StackFileText.CheckSize(pulumiYamlText, StackFiles.ProjectFile), StackFileText.CheckSize(stackYamlText, stackFileName) };
        if (oversized.Any(d => d is not null))
        {
            return new LoadResult(null, [.. oversized.OfType<Diagnostic>()], stackFileName, stackName);
        }

        var (project, projectDiagnostics) = ProjectFile.Read(pulumiYamlText);
        var (root, yamlDiagnostics) = ConfigTree.FromYaml(stackYamlText, stackFileName);
        var early = projectDiagnostics.AddRange(yamlDiagnostics);
        if (project is null || (root is null && early.Any(d => d.IsError)))
        {
            return new LoadResult(null, early, stackFileName, stackName);
        }

        var binding = new Binding.Binding();
        var values = ConfigValues(binding, root, stackFileName);
        var bound = DesiredStateBinder.Bind(project.Name, stackName, values, new SourceLocation(stackFileName, 1, 1));
        var diagnostics = early.AddRange(binding.Diagnostics).AddRange(bound.Diagnostics);
        return new LoadResult(diagnostics.Any(d => d.IsError) ? null : bound.State, diagnostics, stackFileName, stackName);
    }

    private static KeyedConfig ConfigValues(Binding.Binding binding, ConfigNode? root, string stackFileName)
    {
        var file = root ?? new ConfigObject(new SourceLocation(stackFileName, 1, 1), []);
        var config = ObjectReader.Bind(binding, file, stackFileName, reader =>
        {
            foreach (var key in StackFileKeys.Skip(1))
            {
                reader.Ignore(key);
            }

            return reader.Node("config") as ConfigObject;
        });
        if (config is null && file is ConfigObject obj && obj["config"] is { } other and not ConfigObject and not ConfigScalar { Kind: ScalarKind.Null })
        {
            binding.Report(InputDiagnostics.WrongType(other.Location, "config", "a mapping", other.KindName));
        }

        return new KeyedConfig(config?.Properties ?? []);
    }
}
