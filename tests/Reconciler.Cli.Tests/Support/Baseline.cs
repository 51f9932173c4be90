namespace Reconciler.Cli.Tests.Support;

/// <summary>
/// Golden files for output a person reads. `UPDATE_BASELINES=1 dotnet test` rewrites them; review the diff in git.
/// </summary>
internal static class Baseline
{
    public static string RepositoryRoot => Repository.Root;

    public static void AssertMatches(string actual, string relativePath)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "Reconciler.Cli.Tests", "Baselines", relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline at {path}. Run UPDATE_BASELINES=1 dotnet test to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"Output differs from {path}. If the change is intended, run UPDATE_BASELINES=1 dotnet test.\n--- expected\n{expected}\n--- actual\n{actual}");
        }
    }
}
