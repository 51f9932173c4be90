using Reconciler.Cli.Hosting;

namespace Reconciler.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => new CliApp(CliIo.FromConsole()).RunAsync(args);
}
