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

public sealed record GuestResource(string ResourceName, InvitationArgsModel Args);

public sealed record PolicyResource(string ResourceName, ConditionalAccessPolicyArgsModel Args);

/// <summary>A cross-tenant resource: its token and its inputs as a property bag (see CrossTenantPropertyBag).</summary>
public sealed record XtapResource(string ResourceName, string Token, IReadOnlyDictionary<string, object?> Inputs);
