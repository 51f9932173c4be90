using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Commands;

/// <summary>whatif against the declared tutorial stack: who was evaluated is said, and scripts can fail on an outcome.</summary>
public class WhatIfCommandTests
{
    private const string App = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    private const string Fabrikam = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    [Fact]
    public async Task ADeclaredGuestIsEvaluatedAsTheTypeItIsAssumedToBe()
    {
        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, "whatif", "--user", "alex@fabrikam.example", "--app", App);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("User: alex@fabrikam.example as b2bCollaborationGuest, home tenant not known", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestTypeAndHomeTenantDescribeAnyExternalUser()
    {
        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, "whatif", "--guest-type", "b2bCollaborationGuest", "--home-tenant", Fabrikam, "--app", App);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"User: any b2bCollaborationGuest user, home tenant {Fabrikam}\nOutcome: grant, requires mfa\nMFA: satisfied by the home tenant's MFA", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mfa-here", null, 2)]
    [InlineData("mfa-here", Fabrikam, 0)]
    [InlineData("block", null, 0)]
    public async Task FailOnExitsTwoOnlyForThatOutcome(string failOn, string? homeTenant, int exitCode)
    {
        string[] home = homeTenant is null ? [] : ["--home-tenant", homeTenant];

        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, ["whatif", "--user", "alex@fabrikam.example", "--app", App, "--fail-on", failOn, .. home]);

        Assert.Equal(exitCode, result.ExitCode);
    }

    [Fact]
    public async Task ABlockSaysNothingAboutWhereMfaIsDone()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("builtInControls: [mfa]", "builtInControls: [block]");

        var result = await CliRunner.RunAsync(stack.Path, "whatif", "--user", "alex@fabrikam.example", "--app", App, "--fail-on", "block");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Outcome: block", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("MFA:", result.Stdout, StringComparison.Ordinal);
    }
}
