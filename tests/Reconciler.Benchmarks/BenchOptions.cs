using System.Globalization;

namespace Reconciler.Benchmarks;

/// <summary>The command line: tenant size, declared stack size, latencies, runs, scenarios, output file.</summary>
internal sealed record BenchOptions
{
    public int Guests { get; init; } = 100_000;
    public int Policies { get; init; } = 300;
    public int Partners { get; init; } = 1_000;
    public int DeclaredGuests { get; init; } = 500;
    public int DeclaredPolicies { get; init; } = 20;
    public int DeclaredPartners { get; init; } = 50;
    public IReadOnlyList<int> Latencies { get; init; } = [0, 30];
    public int Runs { get; init; } = 9;
    public IReadOnlyList<string> Scenarios { get; init; } = Harness.Worker.Scenarios;
    public string Out { get; init; } = "artifacts/benchmark-results.json";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--guests" => options with { Guests = Int(value) },
                "--policies" => options with { Policies = Int(value) },
                "--partners" => options with { Partners = Int(value) },
                "--declared-guests" => options with { DeclaredGuests = Int(value) },
                "--declared-policies" => options with { DeclaredPolicies = Int(value) },
                "--declared-partners" => options with { DeclaredPartners = Int(value) },
                "--latency" => options with { Latencies = [.. value.Split(',').Select(Int)] },
                "--runs" => options with { Runs = Int(value) },
                "--scenarios" => options with { Scenarios = [.. value.Split(',').Select(Scenario)] },
                "--out" => options with { Out = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        return options;
    }

    public string[] ToArguments() =>
    [
        "--guests", Text(Guests), "--policies", Text(Policies), "--partners", Text(Partners),
        "--declared-guests", Text(DeclaredGuests), "--declared-policies", Text(DeclaredPolicies),
        "--declared-partners", Text(DeclaredPartners), "--runs", Text(Runs),
    ];

    private static string Scenario(string name) =>
        Harness.Worker.Scenarios.Contains(name) || Harness.Worker.EvidenceScenarios.Contains(name) ? name : throw new ArgumentException($"Unknown scenario '{name}'; known: {string.Join(", ", Harness.Worker.Scenarios)}.");

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
