using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Thousands of seeded mutations of the tutorial stack and every broken sample. Each must load to a result with
/// coded, well-placed diagnostics; a failure names the sample and seed, and <see cref="StackMutator"/> replays it.
/// </summary>
public class MutationFuzzTests
{
    private const int SeedsPerBlock = 250;

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var sample in SampleStack.Names)
        {
            for (var block = 0; block < 5; block++)
            {
                data.Add(sample, block);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void EveryMutationOfASampleLoadsToCodedDiagnosticsOrAState(string sample, int block)
    {
        var (project, stack) = SampleStack.Read(sample);
        for (var seed = block * SeedsPerBlock; seed < (block + 1) * SeedsPerBlock; seed++)
        {
            var mutator = new StackMutator(seed);
            var mutatedStack = mutator.Mutate(stack);
            var mutatedProject = seed % 7 == 0 ? mutator.Mutate(project) : project;
            LoaderGuarantee.Holds(mutatedProject, mutatedStack, $"sample '{sample}', seed {seed}");
        }
    }
}
