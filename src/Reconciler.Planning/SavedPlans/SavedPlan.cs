using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.SavedPlans;

/// <summary>
/// A plan written by <c>plan --save</c> and applied by <c>apply FILE</c>: the writes a reviewer approved, and enough
/// about the stack and the tenant as they were read to prove, at apply time, that nothing they depend on moved.
/// The file format is documented in docs/saved-plans.md.
/// </summary>
/// <param name="StackName">The stack the plan was made for.</param>
/// <param name="TenantId">The tenant it was read from (<c>azuread:tenantId</c>).</param>
/// <param name="StackHash">SHA-256 of the stack files (Pulumi.yaml, then Pulumi.&lt;stack&gt;.yaml), as <c>sha256:hex</c>.</param>
/// <param name="ReadAt">When the tenant was read, for people; never compared.</param>
/// <param name="Options">The safety overrides the plan was made with; apply uses these, not its own flags.</param>
/// <param name="Scope">How the tenant was read; apply reads it the same way.</param>
/// <param name="Actions">The writes, in order, each with the fingerprint of the live object it touches.</param>
/// <param name="Objects">Every live object the read returned, with its fingerprint, for the record.</param>
public sealed record SavedPlan(
    string StackName,
    string TenantId,
    string StackHash,
    DateTimeOffset ReadAt,
    SavedPlanOptions Options,
    ReadScope Scope,
    IReadOnlyList<SavedAction> Actions,
    IReadOnlyList<SavedObject> Objects)
{
    /// <summary>The version of the file format this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The <c>format</c> field that marks a file as a saved plan.</summary>
    public const string FormatName = "reconciler-saved-plan";

    public PlanSummary Summary => new(
        Actions.Count(a => a.Kind == ChangeKind.Create),
        Actions.Count(a => a.Kind is ChangeKind.Update or ChangeKind.Reset),
        Actions.Count(a => a.Kind == ChangeKind.Delete));
}

/// <summary>One approved write.</summary>
/// <param name="Body">The action as canonical JSON, for people to read.</param>
/// <param name="Hash">SHA-256 of <paramref name="Body"/>; apply requires the freshly planned action to hash the same.</param>
/// <param name="LiveFingerprint">The fingerprint of the live object(s) the action touches, or <c>absent</c>.</param>
public sealed record SavedAction(ResourceType ResourceType, ChangeKind Kind, string Key, string Body, string Hash, string LiveFingerprint);

/// <summary>A live object as it was read: its kind, its id in the tenant, its key in the stack, and its fingerprint.</summary>
public sealed record SavedObject(ResourceType ResourceType, string Id, string Key, string Fingerprint);

/// <summary>The overrides that change what a plan contains or whether it may be applied.</summary>
public sealed record SavedPlanOptions(bool AllowBreakGlassLockout, bool AllowAllUsersWithoutBreakGlass, bool AllowDirectEnable)
{
    public static SavedPlanOptions From(PlanOptions options) =>
        new(options.AllowBreakGlassLockout, options.AllowAllUsersWithoutBreakGlass, options.AllowDirectEnable);

    public PlanOptions ToPlanOptions() => new()
    {
        AllowBreakGlassLockout = AllowBreakGlassLockout,
        AllowAllUsersWithoutBreakGlass = AllowAllUsersWithoutBreakGlass,
        AllowDirectEnable = AllowDirectEnable,
    };
}
