using Reconciler.Model.CrossTenant;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>The checked inputs of one cross-tenant resource. <see cref="TenantId"/> is null for the default.</summary>
public sealed record XtapInputs(string Token, string? TenantId, CrossTenantSettings Settings)
{
    public string Id => TenantId ?? XtapTokens.DefaultId;

    public bool IsPartner => Token == XtapTokens.PartnerSettings;
}

public sealed record XtapCheckResult(XtapInputs? Inputs, IReadOnlyList<XtapInputFailure> Failures)
{
    public bool IsValid => Failures.Count == 0 && Inputs is not null;
}

/// <summary>What changed between the provider's last outputs and the new inputs; <see cref="Replaces"/> forces a new resource.</summary>
public sealed record XtapDiffResult(IReadOnlyList<string> ChangedProperties, IReadOnlyList<string> Replaces)
{
    public bool HasChanges => ChangedProperties.Count > 0;
}
