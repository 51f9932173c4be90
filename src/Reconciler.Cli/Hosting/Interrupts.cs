using System.Runtime.InteropServices;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// SIGINT and SIGTERM cancel the run's token instead of killing the process, so a command stops at a point it can
/// report: apply lists the writes done and not done. A second signal is not intercepted and ends the process at once.
/// The run's deadline (<c>--timeout</c>) stops it the same way.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private const int Deadline = -1;
    private int _signal;

    private Interrupts()
    {
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The signal that stopped the run, if one did.</summary>
    public PosixSignal? Signal => Volatile.Read(ref _signal) is 0 or Deadline ? null : (PosixSignal)_signal;

    /// <summary>Whether the run's deadline stopped it.</summary>
    public bool TimedOut => Volatile.Read(ref _signal) == Deadline;

    /// <summary>The shell's convention: 128 + the signal's number (SIGINT 2, SIGTERM 15).</summary>
    public int ExitCode => Signal == PosixSignal.SIGTERM ? 143 : 130;

    /// <summary>Listens for both signals; <paramref name="listen"/> false (tests running in-process) only hands out a token.</summary>
    public static Interrupts Create(bool listen)
    {
        var interrupts = new Interrupts();
        if (listen)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            {
                interrupts._registrations.Add(PosixSignalRegistration.Create(signal, interrupts.OnSignal));
            }
        }
        return interrupts;
    }

    /// <summary>Stops the run once <paramref name="timeout"/> has passed.</summary>
    public void StopAfter(TimeSpan timeout) =>
        _ = Task.Delay(timeout, _cancel.Token).ContinueWith(_ => Stop(Deadline), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    /// <summary>Cancels the run, as a signal does.</summary>
    public void Raise(PosixSignal signal) => Stop((int)signal);

    private void Stop(int reason)
    {
        if (Interlocked.CompareExchange(ref _signal, reason, 0) == 0)
        {
            _cancel.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = Volatile.Read(ref _signal) == 0;
        Raise(context.Signal);
    }
}
