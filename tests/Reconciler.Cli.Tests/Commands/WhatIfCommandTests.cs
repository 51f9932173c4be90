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

    [Theory]
    [InlineData(null, "notEnoughInformation")]
    [InlineData("e0000000-0000-4000-8000-0000000000e1", "users")]
    [InlineData("e0000000-0000-4000-8000-0000000000e2", null)]
    public async Task GroupsTheCallerNamesDecideAGroupExclusionOfTheDeclaredPolicy(string? group, string? reason)
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("""
                      excludeUsers:
                        - breakglass@contoso.example
            """, """
                      excludeUsers:
                        - breakglass@contoso.example
                      excludeGroups:
                        - e0000000-0000-4000-8000-0000000000e1
            """);
        string[] groups = group is null ? [] : ["--group", group];

        var result = await CliRunner.RunAsync(stack.Path, ["whatif", "--user", "alex@fabrikam.example", "--app", App, "--output", "json", .. groups]);

        Assert.True(result.ExitCode == 0, result.All);
        var reasons = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["policies"]![0]!["reasons"]!.AsArray().Select(r => (string?)r);
        Assert.Equal(reason is null ? [] : [reason], reasons);
    }

    [Fact]
    public async Task AGroupThatIsNotAnObjectIdIsRefusedBeforeAnythingIsEvaluated()
    {
        var result = await CliRunner.RunAsync(Reconciler.Testing.Stacks.Repository.Root, "whatif", "--user", "alex@fabrikam.example", "--app", App, "--group", "Partner admins");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("B2B1101", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--group 'Partner admins' is not a group's object id (a GUID).", result.Stderr, StringComparison.Ordinal);
    }
}
