using System.Runtime.CompilerServices;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// Golden files beside this source file, under Baselines/. <c>UPDATE_BASELINES=1 dotnet test</c> rewrites them;
/// otherwise a difference fails with the command that shows it.
/// </summary>
internal static class Baseline
{
    public static void Matches(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Baselines", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Missing baseline {path}; run UPDATE_BASELINES=1 dotnet test to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var actualPath = path + ".actual";
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"{fileName} differs from its baseline. See: git diff --no-index {path} {actualPath}\n"
                + "If the change is intended, run UPDATE_BASELINES=1 dotnet test.");
        }
    }
}
