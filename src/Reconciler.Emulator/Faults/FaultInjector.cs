namespace Reconciler.Emulator;

/// <summary>
/// Decides, per request, which faults fire. Deterministic for a given seed and request sequence.
/// Latency rules add up; at most one failing rule (the first that fires, in insertion order) applies.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly Dictionary<FaultRule, int> _remaining = new(ReferenceEqualityComparer.Instance);
    private Random _random;
    private int _injected;

    public FaultInjector(int seed = 12345) => _random = new Random(seed);

    /// <summary>How many faults (including latency) have fired so far.</summary>
    public int InjectedCount => Volatile.Read(ref _injected);

    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (_gate) { return _rules.ToArray(); } }
    }

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
            if (rule.Count is { } n)
            {
                _remaining[rule] = n;
            }
        }
    }

    /// <summary>Adds every rule of a textual spec (see <see cref="FaultSpec"/>); a seed clause reseeds.</summary>
    public void Add(string spec)
    {
        var (rules, seed) = FaultSpec.Parse(spec);
        if (seed is { } s)
        {
            Reseed(s);
        }
        foreach (var rule in rules)
        {
            Add(rule);
        }
    }

    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _remaining.Clear();
        }
    }

    /// <summary>
    /// The round trip of a <c>$batch</c> envelope: the latency rules that match it, always and without using up a
    /// count or a random draw, so the failure rules its sub-requests meet fire exactly as they would without latency.
    /// </summary>
    internal int EnvelopeLatency(string method, string path)
    {
        lock (_gate)
        {
            return _rules.Where(r => r.Kind == FaultKind.Latency && r.Count is null && r.Matches(method, path)).Sum(r => r.LatencyMs);
        }
    }

    internal (int LatencyMs, FaultRule? Failure) Decide(string method, string path)
    {
        lock (_gate)
        {
            var latency = 0;
            FaultRule? failure = null;
            foreach (var rule in _rules.Where(r => r.Matches(method, path)).ToArray())
            {
                if (rule.Kind != FaultKind.Latency && failure is not null)
                {
                    continue;
                }
                if (!Fires(rule))
                {
                    continue;
                }
                _injected++;
                if (rule.Kind == FaultKind.Latency)
                {
                    latency += rule.LatencyMs;
                }
                else
                {
                    failure = rule;
                }
            }
            return (latency, failure);
        }
    }

    private bool Fires(FaultRule rule)
    {
        if (_remaining.TryGetValue(rule, out var left))
        {
            if (left <= 0)
            {
                return false;
            }
            _remaining[rule] = left - 1;
            return true;
        }
        return rule.Probability >= 1.0 || _random.NextDouble() < rule.Probability;
    }
}
