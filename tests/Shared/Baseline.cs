using System.Runtime.CompilerServices;

namespace Reconciler.Testing.Baselines;

/// <summary>
/// Golden files for anything a person reads: output compared with a checked-in file under the <c>Baselines/</c>
/// folder nearest the calling test (its own folder, or the nearest one above it inside the test project). The refresh
/// command rewrites them; a difference leaves the output beside the baseline as <c>.received</c> (ignored by git) and
/// fails with the command that compares the two and the one that refreshes them.
/// </summary>
internal static class Baseline
{
    public const string RefreshCommand = "UPDATE_BASELINES=1 dotnet test Reconciler.sln";

    public static void Matches(string actual, string relativePath, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Folder(callerFile), relativePath);
        var received = path + ".received";
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No baseline at {path} (the output is in {received}). To create it: {RefreshCommand}"
            : $"{path} differs from the output. Compare: git diff --no-index {path} {received}\nIf the change is intended: {RefreshCommand}");
    }

    private static string Folder(string callerFile)
    {
        var own = Path.GetDirectoryName(callerFile)!;
        for (var directory = new DirectoryInfo(own); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Baselines");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            if (directory.EnumerateFiles("*.csproj").Any())
            {
                break;
            }
        }
        return Path.Combine(own, "Baselines");
    }
}
