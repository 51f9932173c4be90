using Reconciler.Model.Diagnostics;
using Reconciler.PulumiMapping.ConditionalAccess;
using Reconciler.PulumiMapping.Invitations;

namespace Reconciler.PulumiMapping;

/// <summary>
/// Every resource the Pulumi program declares for a stack, as plain records. The program translates each record into
/// its Pulumi resource and does nothing else; when <see cref="HasErrors"/> it declares nothing and fails the run.
/// </summary>
public sealed record PulumiStackModel
{
    public IReadOnlyList<GuestResource> Guests { get; init; } = [];

    public IReadOnlyList<PolicyResource> Policies { get; init; } = [];

    /// <summary>The <c>xtap:index:DefaultSettings</c> resource, or null when the stack leaves the default alone.</summary>
    public XtapResource? CrossTenantDefault { get; init; }

    public IReadOnlyList<XtapResource> Partners { get; init; } = [];

    /// <summary>Keep guest users when their invitation leaves the program (Pulumi's RetainOnDelete).</summary>
    public bool RetainGuestsOnDelete { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <param name="IgnoreChanges">Pulumi's <c>ignoreChanges</c> for the resource, in its own input names (<see cref="IgnoreChangesMapper"/>).</param>
public sealed record GuestResource(string ResourceName, InvitationArgsModel Args, IReadOnlyList<string>? IgnoreChanges = null);

/// <param name="IgnoreChanges">Pulumi's <c>ignoreChanges</c> for the resource, in azuread's input names.</param>
public sealed record PolicyResource(string ResourceName, ConditionalAccessPolicyArgsModel Args, IReadOnlyList<string>? IgnoreChanges = null);

/// <summary>A cross-tenant resource: its token and its inputs as a property bag (see CrossTenantPropertyBag).</summary>
/// <param name="IgnoreChanges">Pulumi's <c>ignoreChanges</c>: the provider takes Graph's names, so these are the stack's paths.</param>
public sealed record XtapResource(string ResourceName, string Token, IReadOnlyDictionary<string, object?> Inputs, IReadOnlyList<string>? IgnoreChanges = null);
