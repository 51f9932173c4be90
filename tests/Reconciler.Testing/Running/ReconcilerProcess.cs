using System.Diagnostics;
using Reconciler.Emulator;
using Reconciler.Testing.Stacks;

namespace Reconciler.Testing.Running;

/// <summary>The built <c>reconciler.dll</c> run as its own OS process, so a test or the soak can kill it mid-write like a crash would.</summary>
public sealed class ReconcilerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ReconcilerProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>
    /// Starts <c>dotnet reconciler.dll ARGS</c> in the stack's folder against the tenant, with the given token. The
    /// process inherits this one's environment, CI=true under .ci/run included, so it says --allow-local-tenant.
    /// </summary>
    public static ReconcilerProcess Start(LocalTenant tenant, StackFolder stack, string token, params string[] args)
    {
        var info = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = stack.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reconciler.dll"));
        foreach (var arg in args.Concat(["--graph-url", tenant.BaseUrl.ToString(), "--allow-local-tenant"]))
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in FastRetries.Environment(token))
        {
            info.Environment[name] = value;
        }
        return new ReconcilerProcess(Process.Start(info)!);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Sends a signal (INT, TERM) the way a terminal or a CI runner does.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, _process.Id.ToString()]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    /// <summary>SIGKILL, the whole tree: no finally blocks, no flushing, no goodbye.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<CliResult> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return new CliResult(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
