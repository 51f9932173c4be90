using System.Collections.Immutable;
using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <summary>What the loader needs from Pulumi.yaml: the project name, which is the config namespace.</summary>
internal sealed record ProjectFile(string Name)
{
    public static (ProjectFile? Project, ImmutableArray<Diagnostic> Diagnostics) Read(string text)
    {
        var (root, diagnostics) = ConfigTree.FromYaml(text, StackFiles.ProjectFile);
        if (root is null && diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }

        if (root is ConfigObject obj && obj["name"] is ConfigScalar { Kind: not ScalarKind.Null } name && name.Text.Length > 0)
        {
            return (new ProjectFile(name.Text), diagnostics);
        }

        return (null, diagnostics.Add(InputDiagnostics.ProjectNameMissing(root?.Location ?? new SourceLocation(StackFiles.ProjectFile, 1, 1))));
    }
}
