using Reconciler.Core.Tests.Support;
using static Reconciler.Core.Tests.Hostile.HostileCases;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>Pulumi's <c>secure:</c> values where no secret belongs: reported, never decrypted or printed.</summary>
public class SecureValueTests
{
    private const string Ciphertext = "v1:c2VjcmV0LWNpcGhlcnRleHQ=";

    [Theory]
    [InlineData("b2b:guests:\n- email: {secure: " + Ciphertext + "}")]
    [InlineData("b2b:breakGlassAccounts:\n- secure: " + Ciphertext)]
    [InlineData("b2b:guests:\n  secure: " + Ciphertext)]
    [InlineData("b2b:crossTenantAccess: {secure: " + Ciphertext + "}")]
    public void ASecretWhereAPlainValueBelongsIsReportedWithoutItsCiphertext(string entry)
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig(entry), entry);

        Rejects(result, "B2B1017");
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains(Ciphertext, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("b2b:graphUrl: {secure: {secure: " + Ciphertext + "}}")]
    [InlineData("b2b:graphUrl: {secure: [" + Ciphertext + "]}")]
    [InlineData("b2b:graphUrl: {secure: " + Ciphertext + ", other: x}")]
    [InlineData("b2b:graphUrl: {secure: ~}")]
    public void AMalformedSecureObjectIsReportedNotTrusted(string entry)
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig(entry), entry);

        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains(Ciphertext, StringComparison.Ordinal));
    }

    [Fact]
    public void AWholeConfigSectionThatIsASecretIsAWrongType() =>
        Rejects(LoaderGuarantee.Holds("config:\n  secure: " + Ciphertext + "\n", "secret config"), "B2B1011");
}
