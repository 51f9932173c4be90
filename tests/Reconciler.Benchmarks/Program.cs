using Reconciler.Benchmarks;
using Reconciler.Benchmarks.Harness;
using Reconciler.Benchmarks.Reporting;
using Reconciler.Benchmarks.Soak;

if (args.Length > 0 && args[0] == Worker.Flag)
{
    return await Worker.RunAsync(args);
}
if (args.Length > 0 && args[0] == SoakCommand.Name)
{
    return await SoakCommand.RunAsync(args[1..]);
}

var options = BenchOptions.Parse(args);
var results = await BenchmarkRun.RunAsync(options);
var report = new ResultReport(options, results);
Console.WriteLine(report.Table());
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
await File.WriteAllTextAsync(options.Out, report.Json());
Console.WriteLine($"Results written to {options.Out}");
return report.AllTargetsMet ? 0 : 3;
