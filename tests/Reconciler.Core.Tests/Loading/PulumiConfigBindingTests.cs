using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Loading.Tree;

namespace Reconciler.Core.Tests.Loading;

/// <summary>The Pulumi program hands config over as JSON text per key; the same binder validates it.</summary>
public class PulumiConfigBindingTests
{
    [Fact]
    public void JsonConfigBindsToTheSameDesiredState()
    {
        var values = new Dictionary<string, ConfigNode>
        {
            ["azuread:tenantId"] = ConfigTree.FromJson(Stacks.TenantId, "azuread:tenantId"),
            ["b2b:guests"] = ConfigTree.FromJson("""[{"email":"alex@fabrikam.example","sendInvitationMessage":true}]""", "b2b:guests"),
        };

        var result = DesiredStateBinder.Bind("b2b", "dev", values);

        Assert.True(result.IsValid);
        Assert.Equal(true, Assert.Single(result.State!.Guests).SendInvitationMessage);
    }

    [Fact]
    public void JsonConfigProblemsPointIntoTheJsonText()
    {
        var values = new Dictionary<string, ConfigNode>
        {
            ["azuread:tenantId"] = ConfigTree.FromJson(Stacks.TenantId, "azuread:tenantId"),
            ["b2b:guests"] = ConfigTree.FromJson("[\n  {\"email\": \"alex\"}\n]", "b2b:guests"),
        };

        var diagnostic = Assert.Single(DesiredStateBinder.Bind("b2b", "dev", values).Diagnostics);

        Assert.Equal("b2b:guests(2,13): error B2B1015", diagnostic.ToString()[..31]);
    }
}
