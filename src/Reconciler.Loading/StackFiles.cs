using System.Collections.Immutable;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <summary>Pulumi's file names: one <c>Pulumi.yaml</c> per project, one <c>Pulumi.&lt;stack&gt;.yaml</c> per stack beside it.</summary>
public static class StackFiles
{
    public const string ProjectFile = "Pulumi.yaml";

    public static string FileName(string stackName) => $"Pulumi.{stackName}.yaml";

    public static string? StackName(string fileName) =>
        fileName.StartsWith("Pulumi.", StringComparison.Ordinal) && fileName.EndsWith(".yaml", StringComparison.Ordinal) && fileName.Length > "Pulumi..yaml".Length
            ? fileName["Pulumi.".Length..^".yaml".Length]
            : null;

    /// <summary>Picks the stack: the named one, else the only one; reports none or several.</summary>
    public static (string? Stack, Diagnostic? Problem) Choose(string directory, string? requested, IEnumerable<string> fileNames)
    {
        var stacks = fileNames.Select(StackName).OfType<string>().Order(StringComparer.Ordinal).ToImmutableArray();
        if (requested is not null)
        {
            return stacks.Contains(requested) ? (requested, null) : (null, InputDiagnostics.StackFileMissing(directory, requested));
        }

        return stacks.Length switch
        {
            0 => (null, InputDiagnostics.StackFileMissing(directory, null)),
            1 => (stacks[0], null),
            _ => (null, InputDiagnostics.StackAmbiguous(stacks)),
        };
    }
}
