using System.Globalization;

namespace Reconciler.Emulator;

/// <summary>
/// Parses the textual fault grammar (used by --faults and EmulatorOptions.Faults):
/// <code>
///   spec   := clause (';' clause)*
///   clause := 'seed=' INT | target '=' kind (':' arg)*
///   target := '*' | [METHOD|'*'] ' ' PATH        e.g. "POST /invitations", "* /users", "*"
///   kind   := 429 | 503 | 504 | latency | drop | commitThenFail | truncated | wrongTypes | html | huge
///   arg    := NUMBER            probability 0..1 (for latency: the delay in ms)
///           | 'x' INT           fire on the next INT matching requests only
///           | 'p=' NUMBER | 'n=' INT | 'retryAfter=' INT | 'ms=' INT
/// </code>
/// Example: <c>seed=7; POST /invitations=commitThenFail:x1; * /users=429:0.2:retryAfter=1; *=latency:30</c>.
/// </summary>
public static class FaultSpec
{
    public static (IReadOnlyList<FaultRule> Rules, int? Seed) Parse(string spec)
    {
        var rules = new List<FaultRule>();
        int? seed = null;
        foreach (var raw in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.StartsWith("seed=", StringComparison.OrdinalIgnoreCase))
            {
                seed = int.Parse(raw[5..], CultureInfo.InvariantCulture);
                continue;
            }
            rules.Add(ParseClause(raw));
        }
        return (rules, seed);
    }

    private static FaultRule ParseClause(string clause)
    {
        var eq = clause.IndexOf('=');
        if (eq <= 0)
        {
            throw new FormatException($"Fault clause '{clause}' must look like 'METHOD /path=kind[:args]'.");
        }
        var (method, path) = ParseTarget(clause[..eq].Trim());
        var parts = clause[(eq + 1)..].Split(':', StringSplitOptions.TrimEntries);
        var rule = new FaultRule { Method = method, PathPrefix = path, Kind = ParseKind(parts[0]) };
        foreach (var arg in parts.Skip(1))
        {
            rule = ApplyArgument(rule, arg);
        }
        return rule;
    }

    private static (string Method, string Path) ParseTarget(string target)
    {
        if (target == "*")
        {
            return ("*", "");
        }
        var space = target.IndexOf(' ');
        return space < 0 ? ("*", target) : (target[..space].ToUpperInvariant(), target[(space + 1)..].Trim());
    }

    private static FaultKind ParseKind(string kind) => kind.ToLowerInvariant() switch
    {
        "429" or "throttle" => FaultKind.Throttle,
        "503" => FaultKind.ServiceUnavailable,
        "504" => FaultKind.GatewayTimeout,
        "latency" => FaultKind.Latency,
        "drop" => FaultKind.DropConnection,
        "committhenfail" => FaultKind.CommitThenFail,
        "truncated" => FaultKind.Truncated,
        "wrongtypes" => FaultKind.WrongTypes,
        "html" => FaultKind.Html,
        "huge" => FaultKind.Huge,
        _ => throw new FormatException($"Unknown fault kind '{kind}'."),
    };

    private static FaultRule ApplyArgument(FaultRule rule, string arg)
    {
        static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
        var eq = arg.IndexOf('=');
        if (eq > 0)
        {
            var value = arg[(eq + 1)..];
            return arg[..eq].ToLowerInvariant() switch
            {
                "p" => rule with { Probability = Num(value) },
                "n" => rule with { Count = Int(value) },
                "retryafter" => rule with { RetryAfterSeconds = Int(value) },
                "ms" => rule with { LatencyMs = Int(value) },
                _ => throw new FormatException($"Unknown fault argument '{arg}'."),
            };
        }
        if (arg.StartsWith('x'))
        {
            return rule with { Count = Int(arg[1..]) };
        }
        return rule.Kind == FaultKind.Latency && rule.LatencyMs == 0
            ? rule with { LatencyMs = Int(arg) }
            : rule with { Probability = Num(arg) };
    }
}
