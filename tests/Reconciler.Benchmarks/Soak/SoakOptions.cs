using System.Globalization;

namespace Reconciler.Benchmarks.Soak;

/// <summary>The soak's command line: how many apply/drift runs, the seed that replays them, how many killed applies.</summary>
internal sealed record SoakOptions
{
    public int Runs { get; init; } = 2_000;
    public int Seed { get; init; } = 1;
    public int Kills { get; init; } = 100;

    /// <summary>Tenants soaked at once; each has its own seeded stacks and faults, so the figures do not depend on it.</summary>
    public int Parallel { get; init; } = Math.Min(4, Environment.ProcessorCount);

    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SoakOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--runs" => options with { Runs = value },
                "--seed" => options with { Seed = value },
                "--kills" => options with { Kills = value },
                "--parallel" => options with { Parallel = Math.Max(1, value) },
                _ => throw new ArgumentException($"Unknown soak option '{args[i]}'. Use --runs, --seed, --kills, --parallel."),
            };
        }
        return options;
    }
}
