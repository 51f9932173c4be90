using System.Diagnostics;
using Grpc.Net.Client;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The <c>xtap</c> plugin started the way Pulumi's engine starts it: a separate process that listens on a loopback
/// port and prints that port as its first line of output, then is spoken to over gRPC (see <see cref="PluginClient"/>).
/// </summary>
internal sealed class ProviderProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly GrpcChannel _channel;

    private ProviderProcess(Process process, GrpcChannel channel)
    {
        _process = process;
        _channel = channel;
        Client = new PluginClient(channel.CreateCallInvoker());
    }

    public PluginClient Client { get; }

    /// <summary>Starts the plugin built beside the tests, with a development token for the local tenant.</summary>
    public static async Task<ProviderProcess> StartAsync(string graphToken, string engineAddress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "pulumi-resource-xtap.dll"), engineAddress },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RECONCILER_GRAPH_TOKEN"] = graphToken;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the provider process did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(StartDeadline);
            if (!int.TryParse(line, out var port))
            {
                throw new InvalidOperationException($"the provider printed '{line}' where its port belongs");
            }

            return new ProviderProcess(process, GrpcChannel.ForAddress($"http://127.0.0.1:{port}"));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
