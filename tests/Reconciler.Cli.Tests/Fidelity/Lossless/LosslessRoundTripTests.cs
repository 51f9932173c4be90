using Reconciler.Testing.Properties;

namespace Reconciler.Cli.Tests.Fidelity.Lossless;

/// <summary>
/// Export, then drift, then apply lose nothing the table calls modelled: every leaf that each layer between stack and
/// tenant carries (<see cref="PropertyTable.RoundTripLeaves"/>), set to a value that is not Graph's default in one local
/// tenant, comes out of the export and is, after apply, what a second local tenant holds. Driven by the table, so a
/// leaf newly marked modelled is covered without a line here.
/// </summary>
public class LosslessRoundTripTests(LosslessRoundTrip roundTrip) : IClassFixture<LosslessRoundTrip>
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (@case, _) in LosslessRoundTrip.Built)
        {
            cases.Add(@case.Kind, @case.Path);
        }

        return cases;
    }

    [Fact]
    public void TheExportValidatesIsInSyncAndAppliesToAnEmptyTenant()
    {
        var story = $"--- export\n{roundTrip.Export.All}\n--- exported\n{roundTrip.Exported}\n--- validate\n{roundTrip.Validate.All}\n--- drift\n{roundTrip.SourceDrift.All}"
            + $"\n--- apply\n{roundTrip.Apply.All}\n--- drift after apply\n{roundTrip.TargetDrift.All}";

        Assert.True(roundTrip.Export.ExitCode == 0 && !roundTrip.Export.Stderr.Contains("warning", StringComparison.Ordinal), story);
        // Warnings stay: a policy naming a member the stack does not declare is worth a second look, not a refusal.
        Assert.True(roundTrip.Validate.ExitCode == 0 && !roundTrip.Validate.All.Contains(": error ", StringComparison.Ordinal), story);
        Assert.True(roundTrip.SourceDrift.ExitCode == 0, story);
        Assert.True(roundTrip.Apply.ExitCode == 0, story);
        Assert.True(roundTrip.TargetDrift.ExitCode == 0, story);
        Assert.DoesNotContain("# Left out", roundTrip.Exported, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryModelledLeafSurvivesExportAndApply(string kind, string path)
    {
        var @case = LosslessRoundTrip.Built.Single(b => b.Case.Kind == kind && b.Case.Path == path).Case;
        var held = JsonPaths.Get(LosslessRoundTrip.Find(roundTrip.Source, @case), path);
        var applied = JsonPaths.Get(LosslessRoundTrip.Find(roundTrip.Target, @case), path);

        Assert.True(JsonPaths.Same(@case.Sample, held, @case.Ordered), $"the local tenant holds {held?.ToJsonString() ?? "nothing"} where the seed set {@case.Sample.ToJsonString()}");
        Assert.True(JsonPaths.Same(held, applied, @case.Ordered),
            $"{@case}: the first tenant holds {held?.ToJsonString()}, the one the export was applied to {applied?.ToJsonString() ?? "nothing"}\n--- exported\n{roundTrip.Exported}");
        if (kind == LosslessKinds.Default.Kind)
        {
            Assert.False(JsonPaths.Same(JsonPaths.Get(roundTrip.TargetDefaultBefore, path), held, @case.Ordered), $"{@case}: the sample is Microsoft's default value, so the round trip proves nothing");
        }
    }
}
