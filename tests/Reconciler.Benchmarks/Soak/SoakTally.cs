using System.Text;
using Reconciler.Testing.Invariants;
using Reconciler.Testing.Running;

namespace Reconciler.Benchmarks.Soak;

/// <summary>What the soak saw, added to from several tenants at once: outcomes, codes, faults, kills and violations.</summary>
internal sealed class SoakTally
{
    private const int ViolationsShownInFull = 3;

    private readonly object _gate = new();
    private readonly SortedDictionary<string, int> _exits = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _violations = [];
    private int _runs;
    private int _converged;
    private int _codedErrors;
    private int _faults;
    private int _kills;
    private int _finishedBeforeKill;

    public int ViolationCount
    {
        get { lock (_gate) { return _violations.Count; } }
    }

    /// <summary>One apply or drift run: converged when it exited with a success code, else a coded error or a violation.</summary>
    public void Run(string command, CliResult result, bool converged, IReadOnlyList<string> problems, string where)
    {
        lock (_gate)
        {
            _runs++;
            Add(_exits, $"{command} exit {result.ExitCode}");
            if (converged)
            {
                _converged++;
            }
            else if (Outcomes.NotACodedFailure(result) is null)
            {
                _codedErrors++;
                Add(_codes, Outcomes.CodeOf(result));
            }
        }
        Violation(where, problems);
    }

    public void Injected(int faults) => Interlocked.Add(ref _faults, faults);

    public void Killed() => Interlocked.Increment(ref _kills);

    public void FinishedBeforeKill() => Interlocked.Increment(ref _finishedBeforeKill);

    public void Violation(string where, IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }
        lock (_gate)
        {
            _violations.Add($"{where}: {string.Join("\n", problems)}");
        }
    }

    public string Summary(SoakOptions options, TimeSpan elapsed)
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            text.AppendLine($"soak, seed {options.Seed}, {elapsed.TotalSeconds:F0} s");
            text.AppendLine($"  runs                  {_runs,7}  ({Joined(_exits)})");
            text.AppendLine($"  converged             {_converged,7}  (apply exit 0, drift exit 0 or 2)");
            text.AppendLine($"  coded errors          {_codedErrors,7}  ({Joined(_codes)})");
            text.AppendLine($"  faults injected       {_faults,7}");
            text.AppendLine($"  kills                 {_kills,7}  ({_finishedBeforeKill} more applies finished before their kill point)");
            text.AppendLine($"  invariant violations  {_violations.Count,7}");
            foreach (var (violation, index) in _violations.Select((v, i) => (v, i)))
            {
                text.AppendLine(index < ViolationsShownInFull ? violation : violation.Split('\n')[0]);
            }
            return text.ToString();
        }
    }

    private static void Add(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Joined(SortedDictionary<string, int> counts) => string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"));
}
