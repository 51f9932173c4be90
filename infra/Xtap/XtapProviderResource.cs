using Pulumi;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Xtap;

/// <summary>
/// An explicit instance of the cross-tenant provider, configured from the same stack values the rest of the program
/// reads (<c>azuread:tenantId</c>, <c>b2b:graphUrl</c>), so there is no second <c>xtap:*</c> config to keep in step.
/// </summary>
public sealed class XtapProviderResource : ProviderResource
{
    public XtapProviderResource(string name, XtapProviderArgs args, CustomResourceOptions? options = null)
        : base(XtapTokens.Package, name, args, options)
    {
    }
}

public sealed class XtapProviderArgs : ResourceArgs
{
    [Input("tenantId", required: true)]
    public Input<string> TenantId { get; set; } = null!;

    [Input("graphUrl")]
    public Input<string>? GraphUrl { get; set; }
}
