using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Loading.Tree;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Config as the Pulumi engine hands it to the program: one JSON text per key. Broken JSON becomes a plain string,
/// which the binder then reports as the wrong type; nothing throws.
/// </summary>
public class HostileJsonTests
{
    [Theory]
    [InlineData("[{\"email\": \"alex@fabrikam.example\"")]
    [InlineData("[{\"email\": \"alex@fabrikam.example\"}]]]")]
    [InlineData("{\"email\": }")]
    [InlineData("[1, 2,")]
    [InlineData("")]
    [InlineData("[\"\\ud800\"]")]
    [InlineData("[{\"email\": \"\\ud800@fabrikam.example\"}]")]
    [InlineData("[{\"email\": 5, \"sendInvitationMessage\": \"yes\", \"accountEnabled\": [true]}]")]
    [InlineData("[{\"email\": \"a@b.example\", \"email\": \"c@d.example\"}]")]
    [InlineData("[{\"email\": {\"secure\": \"v1:abc\"}}]")]
    [InlineData("{\"secure\": {\"secure\": \"v1:abc\"}}")]
    public void BrokenOrMistypedGuestJsonIsDiagnosedNotThrown(string json) =>
        AssertDiagnosed(Bind(json), json);

    [Fact]
    public void JsonNestedAHundredThousandDeepIsDiagnosedNotThrown() =>
        AssertDiagnosed(Bind(new string('[', 100_000) + new string(']', 100_000)), "deep JSON");

    [Fact]
    public void JsonColumnsCountCharactersNotBytes()
    {
        const string json = "[{\"displayName\": \"Zoë 🚀\", \"email\": 5}]";

        var email = Assert.Single(Bind(json).Diagnostics).Location!;

        Assert.Equal(json.IndexOf('5', StringComparison.Ordinal) + 1, email.Column);
    }

    private static BindResult Bind(string guestsJson)
    {
        var values = new Dictionary<string, ConfigNode>
        {
            ["azuread:tenantId"] = ConfigTree.FromJson(Stacks.TenantId, "azuread:tenantId"),
            ["b2b:guests"] = ConfigTree.FromJson(guestsJson, "b2b:guests"),
        };
        var run = Task.Run(() => DesiredStateBinder.Bind("b2b", "dev", values));
        Assert.True(run.Wait(LoaderGuarantee.PerCase), "the binder did not return");
        return run.Result;
    }

    private static void AssertDiagnosed(BindResult result, string json)
    {
        Assert.False(result.IsValid, json);
        Assert.All(result.Diagnostics, d => Assert.Matches(@"^B2B1\d{3}$", d.Code));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("v1:abc", d.ToString(), StringComparison.Ordinal));
    }
}
