namespace Reconciler.Reporting.Diagrams;

/// <summary>One step of a group's path; <see cref="Group"/> is its group's <see cref="AccessPathGroup.Index"/>.</summary>
public sealed record AccessPathNode(string Id, int Group, AccessPathNodeKind Kind, string Label, AccessPathChange Change);

/// <summary>The steps of a path, in the order a sign-in passes them (a layered drawing puts each in its own column).</summary>
public enum AccessPathNodeKind
{
    HomeTenant,
    Trust,
    Policy,
    App,
    Outcome,
}
