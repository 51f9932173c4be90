using Reconciler.Emulator;
using Reconciler.Testing.Invariants;

namespace Reconciler.Cli.Tests.Reliability.Support;

/// <summary>The shared invariants as xunit assertions, each failure naming the run it happened in.</summary>
internal static class Expect
{
    public static void CodedFailure(CliResult result, string what) =>
        Assert.True(Outcomes.NotACodedFailure(result) is null, $"{what}: {Outcomes.NotACodedFailure(result)}\n{result.All}");

    public static void ConvergedOrCodedFailure(CliResult result, string what, params int[] successCodes) =>
        Assert.True(Outcomes.NeitherConvergedNorCodedFailure(result, successCodes) is null, $"{what}: {Outcomes.NeitherConvergedNorCodedFailure(result, successCodes)}\n{result.All}");

    public static void NoDuplicates(TenantStore store, string when)
    {
        var duplicates = TenantInvariants.Duplicates(store);
        Assert.True(duplicates.Count == 0, $"{when}: {string.Join("; ", duplicates)}");
    }

    public static void AssertUntouched(this UnmanagedObjects unmanaged, string when) =>
        Assert.True(unmanaged.Untouched, $"{when}: {unmanaged.Changes()}");
}
