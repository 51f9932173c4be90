using System.Text.Json.Nodes;

namespace Reconciler.Infra.Tests;

/// <summary>Where the program must refuse: the exact diagnostic, and nothing registered.</summary>
public sealed class RefusalTests
{
    [Fact]
    public async Task InvalidConfigurationIsReportedWithCoresCodeAndNothingIsDeclared()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:guests"] = JsonNode.Parse("""[{ "email": "not-an-address" }]""");

        var (errors, mocks) = await ProgramRun.RefusedAsync(config);

        Assert.Equal(
            ["The stack configuration has errors (listed above); nothing was declared.",
             "error B2B1015: b2b:guests[0].email 'not-an-address' is not an email address. Write it as name@domain."],
            errors.Select(GuestInputsTests.WithoutLocation).Order(StringComparer.Ordinal));
        Assert.Empty(ProgramRun.DeclaredTypes(mocks));
    }

    [Fact]
    public async Task AStackOwnedByTheReconcilerEngineDeclaresNothing()
    {
        var (errors, mocks) = await ProgramRun.RefusedAsync(SampleStackConfig.Tutorial(engine: "reconciler"));

        Assert.Equal(
            ["b2b:engine is 'reconciler', so reconciler apply owns this tenant. Set b2b:engine to pulumi to manage it with pulumi up."],
            errors);
        Assert.Empty(ProgramRun.DeclaredTypes(mocks));
    }

    [Fact]
    public async Task AStackOwnedByPulumiDeclaresEverything()
    {
        var mocks = await ProgramRun.RunAsync(SampleStackConfig.Tutorial(engine: "pulumi"));

        Assert.Equal(
            [ProgramRun.Policy, ProgramRun.Invitation, "pulumi:providers:xtap", "xtap:index:DefaultSettings", "xtap:index:PartnerSettings"],
            ProgramRun.DeclaredTypes(mocks));
    }

    [Fact]
    public async Task WhatAzureadCannotExpressIsAnErrorNotASilentDrop()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:conditionalAccessPolicies"]![0]!["conditions"]!["applications"]!["includeAuthenticationContextClassReferences"] = new JsonArray("c1");

        var (errors, mocks) = await ProgramRun.RefusedAsync(config);

        Assert.Contains(errors, e => e.Contains("error B2B1901:", StringComparison.Ordinal) && e.Contains("includeAuthenticationContextClassReferences", StringComparison.Ordinal));
        Assert.Empty(ProgramRun.DeclaredTypes(mocks));
    }
}
