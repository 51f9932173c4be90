using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Model.Desired;

/// <summary>A Conditional Access policy, keyed by displayName unless pinned by <see cref="Id"/>.</summary>
public sealed record DesiredPolicy
{
    public required ConditionalAccessPolicyBody Body { get; init; }

    /// <summary>Optional pinned object id: the policy is matched by id, and a rename is an update.</summary>
    public string? Id { get; init; }

    public Ensure Ensure { get; init; } = Ensure.Present;

    /// <summary>
    /// Paths another team manages (<c>ignoreChanges</c>, Pulumi's name): drift and plan do not compare them or anything
    /// under them, and an update leaves their live value. Validated against <see cref="IgnorablePaths"/>.
    /// </summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    public SourceLocation? Source { get; init; }

    public string DisplayName => Body.DisplayName;
}
