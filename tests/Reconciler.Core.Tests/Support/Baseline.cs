using System.Runtime.CompilerServices;

namespace Reconciler.Core.Tests.Support;

/// <summary>
/// Golden files: compares text with a checked-in file beside the test. <c>UPDATE_BASELINES=1 dotnet test</c> rewrites
/// them; a mismatch names the file so the diff is one command away.
/// </summary>
internal static class Baseline
{
    public static void Match(string actual, string relativePath, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Baselines", relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected != actual)
        {
            var received = path + ".received";
            File.WriteAllText(received, actual);
            Assert.Fail($"Baseline {path} does not match. Compare: diff {path} {received}  (refresh: UPDATE_BASELINES=1 dotnet test)");
        }
    }
}
