using System.Text.Json.Nodes;
using Pulumi;
using Pulumi.Testing;
using Reconciler.Infra.Stack;

namespace Reconciler.Infra.Tests;

/// <summary>Runs the program under <c>Pulumi.Testing</c> with a stack's config, as <c>pulumi up</c> would pass it.</summary>
internal static class ProgramRun
{
    public const string Invitation = "azuread:index/invitation:Invitation";
    public const string Policy = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

    public static async Task<RecordingMocks> RunAsync(JsonObject config)
    {
        SampleStackConfig.Use(config);
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Options, B2bProgram.Declare);
        return mocks;
    }

    /// <summary>
    /// Runs a program that must refuse: returns what it logged as errors (each diagnostic, and the refusal, in no
    /// set order) and the resources it registered anyway.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Errors, RecordingMocks Mocks)> RefusedAsync(JsonObject config)
    {
        SampleStackConfig.Use(config);
        var mocks = new RecordingMocks();
        // One error fails the run with it; several (each logged diagnostic, then the refusal) come as an aggregate.
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, B2bProgram.Declare));
        IReadOnlyList<Exception> errors = failure is AggregateException all ? all.InnerExceptions : [Assert.IsType<RunException>(failure)];
        return ([.. errors.Select(e => e.Message)], mocks);
    }

    /// <summary>What the program declared, without the stack resource every program has.</summary>
    public static IReadOnlyList<string> DeclaredTypes(RecordingMocks mocks) =>
        [.. mocks.Resources.Select(r => r.Type!).Where(t => !t.StartsWith("pulumi:pulumi:", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static TestOptions Options => new() { ProjectName = "b2b", StackName = "dev", IsPreview = false };
}
