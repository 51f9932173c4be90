using System.Collections.Immutable;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <param name="State">The desired state, or null when any error was found.</param>
/// <param name="StackFile">The stack file read (as shown in diagnostics), or null when none was found.</param>
/// <param name="StackName">The stack's name (<c>dev</c> for Pulumi.dev.yaml), or null when none was found.</param>
public sealed record LoadResult(DesiredState? State, ImmutableArray<Diagnostic> Diagnostics, string? StackFile, string? StackName)
{
    public bool IsValid => State is not null && !Diagnostics.Any(d => d.IsError);

    public static LoadResult Failed(Diagnostic diagnostic, string? stackFile = null, string? stackName = null) =>
        new(null, [diagnostic], stackFile, stackName);
}
