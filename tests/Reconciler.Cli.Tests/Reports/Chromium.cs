using System.Diagnostics;

namespace Reconciler.Cli.Tests.Reports;

/// <summary>
/// Headless Chromium from the machine's packages (<c>apt-get install -y chromium</c>; <c>.ci/run</c> installs it
/// when it can), started with a profile of its own in a new temporary folder and nothing that reaches the network.
/// </summary>
internal static class Chromium
{
    public const string Missing = "chromium is not installed (apt-get install -y chromium): the markdown reports were not rendered in a browser";

    /// <summary>The browser's path, from CHROMIUM or the PATH; null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Runs the browser on a page at a window size; returns what it wrote on stdout.</summary>
    public static async Task<string> RunAsync(string page, int width, int height, params string[] what) =>
        (await RunLoggingAsync(page, width, height, what)).Stdout;

    /// <summary>
    /// The page's console messages (logged, errors among them, and what the Content-Security-Policy refused), which
    /// Chromium writes to stderr as <c>INFO:CONSOLE</c> lines with <c>--enable-logging=stderr --v=0</c>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ConsoleAsync(string page, int width, int height)
    {
        var (_, stderr) = await RunLoggingAsync(page, width, height, ["--enable-logging=stderr", "--v=0", "--dump-dom"]);
        return [.. stderr.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal))];
    }

    private static async Task<(string Stdout, string Stderr)> RunLoggingAsync(string page, int width, int height, string[] what)
    {
        var profile = Directory.CreateTempSubdirectory("reconciler-chromium-");
        try
        {
            var info = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                $"--window-size={width},{height}", "--virtual-time-budget=3000", .. what, new Uri(page).AbsoluteUri])
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish rendering {page} in 90 s: {await stderr}");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {await stderr}");
            return (await stdout, await stderr);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => System.IO.Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
