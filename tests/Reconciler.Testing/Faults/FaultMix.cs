using Reconciler.Emulator;

namespace Reconciler.Testing.Faults;

/// <summary>
/// A fresh, seeded mix of faults for one run: each failure kind at its own rate, some latency, and lost answers to
/// writes. With malformed answers, also bodies cut off, of the wrong shape, a gateway's HTML page, and rarely a flood.
/// </summary>
public static class FaultMix
{
    private const double HugeProbability = 0.001;

    public static void Arm(FaultInjector faults, Random random, int seed, bool malformedAnswers = false)
    {
        faults.Clear();
        faults.Reseed(seed);
        var rate = random.NextDouble() * 0.35;
        faults.Add(new FaultRule { Kind = FaultKind.Throttle, Probability = rate, RetryAfterSeconds = random.Next(3) });
        faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Probability = rate / 2 });
        faults.Add(new FaultRule { Kind = FaultKind.GatewayTimeout, Probability = rate / 2 });
        faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Probability = rate / 2 });
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Probability = 0.1, LatencyMs = random.Next(1, 6) });
        foreach (var method in new[] { "POST", "PATCH", "DELETE" })
        {
            faults.Add(new FaultRule { Method = method, Kind = FaultKind.CommitThenFail, Probability = rate * 2 });
        }
        if (malformedAnswers)
        {
            foreach (var kind in new[] { FaultKind.Truncated, FaultKind.WrongTypes, FaultKind.Html })
            {
                faults.Add(new FaultRule { Kind = kind, Probability = rate / 10 });
            }
            faults.Add(new FaultRule { Method = "GET", Kind = FaultKind.Huge, Probability = HugeProbability });
        }
    }
}
