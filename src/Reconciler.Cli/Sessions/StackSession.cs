using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Local;
using Reconciler.Cli.Output;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Serilog;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// A stack connected to its tenant: the local tenant started in-process for <c>graphUrl: local</c>, a loopback URL
/// with a development token, or Microsoft Graph through Azure.Identity. Connecting pins the tenant before any read.
/// </summary>
internal sealed class StackSession : IAsyncDisposable
{
    private readonly Emulator.LocalTenant? _localTenant;

    private readonly CliIo _io;

    private StackSession(ITenant tenant, Emulator.LocalTenant? localTenant, string graphUrl, ILogger logger, CliIo io)
    {
        _io = io;
        Tenant = tenant;
        _localTenant = localTenant;
        GraphUrl = graphUrl;
        Logger = logger;
    }

    public ITenant Tenant { get; }

    /// <summary>The stack this session was opened for; set by <see cref="OpenAsync"/>.</summary>
    public DesiredState Desired { get; private set; } = null!;

    public string GraphUrl { get; }

    /// <summary>The endpoint as configured: <c>local</c>, or the Graph URL. A local tenant's port changes each run; this does not.</summary>
    public string Endpoint { get; private init; } = "";

    public ILogger Logger { get; }

    /// <summary>Where a long read shows how far it has got; null when nobody watches a terminal.</summary>
    public TerminalProgress? Progress { get; init; }

    /// <summary>Loads the stack; prints its diagnostics (to stderr, so reports on stdout stay clean) and returns null when it is invalid.</summary>
    public static DesiredState? LoadOrReport(string directory, string? stack, CliIo io)
    {
        var result = StackLoader.Load(directory, stack);
        DiagnosticWriter.Write(io, result.Diagnostics);
        return result.IsValid ? result.State : null;
    }

    /// <summary>
    /// Loads the stack, then connects to its tenant: what every command that reads a tenant starts with. Null when
    /// either step failed; its diagnostics are already printed.
    /// </summary>
    public static async Task<StackSession?> OpenAsync(StackTarget target, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var desired = LoadOrReport(target.Directory, target.Stack, context.Io);
        if (desired is null)
        {
            return null;
        }

        var session = await ConnectAsync(desired, target.Directory, target.GraphUrl, context, parseResult, cancellationToken, target.ResetLocal);
        if (session is not null)
        {
            session.Desired = desired;
        }

        return session;
    }

    /// <summary>
    /// Starts the stack's local tenant; a seed it refuses (someone edited the seed beside the stack) is B2B1106 naming
    /// the object, and beta-only leftovers it dropped are B2B1108 warnings.
    /// </summary>
    private static async Task<Emulator.LocalTenant?> StartLocalAsync(string directory, string tenantId, bool reset, CliIo io, CancellationToken cancellationToken)
    {
        var seed = Path.Combine(LocalTenantLauncher.DataFolder, "seed.json");
        try
        {
            var local = await LocalTenantLauncher.StartAsync(directory, tenantId, reset, cancellationToken);
            DiagnosticWriter.Write(io, [.. local.SeedNotes.Select(n => CommandLineDiagnostics.SeedBetaOnly(seed, n.Place, n.ObjectName, n.Properties))]);
            return local;
        }
        catch (Emulator.Store.InvalidSeedException e)
        {
            DiagnosticWriter.Write(io, [Local.SeedRefusalDiagnostic.For(seed, e)]);
            return null;
        }
    }

    public static async Task<StackSession?> ConnectAsync(
        DesiredState desired,
        string directory,
        string? graphUrlOverride,
        CommandContext context,
        ParseResult parseResult,
        CancellationToken cancellationToken,
        bool resetLocal = false)
    {
        var logger = context.Logger(parseResult);
        if (graphUrlOverride is not null && !GraphUrlRule.Accepts(graphUrlOverride))
        {
            DiagnosticWriter.Write(context.Io, [InputDiagnostics.InvalidGraphUrl(null, graphUrlOverride)]);
            return null;
        }

        var graphUrl = graphUrlOverride ?? desired.GraphUrl;
        if (LocalTenantGuard.Check(graphUrl, parseResult.GetValue(context.Options.AllowLocalTenant), context.Io.Environment) is { } refused)
        {
            DiagnosticWriter.Write(context.Io, [refused]);
            return null;
        }

        Emulator.LocalTenant? local = null;
        string url;
        string? token = null;
        var tokenIssuedByTenant = false;
        if (string.Equals(graphUrl, "local", StringComparison.OrdinalIgnoreCase))
        {
            local = await StartLocalAsync(directory, desired.TenantId, resetLocal, context.Io, cancellationToken);
            if (local is null)
            {
                return null;
            }

            url = local.BaseUrl.ToString();
            token = local.CreateToken([.. Emulator.LocalTenant.AllRoles]);
            tokenIssuedByTenant = true;
            logger.Information("Local tenant {TenantId} started at {BaseUrl}", local.TenantId, url);
        }
        else
        {
            url = graphUrl ?? GraphConnectionOptions.MicrosoftGraphUrl;
            token = context.Io.Environment("RECONCILER_GRAPH_TOKEN");
        }

        var options = new GraphConnectionOptions
        {
            TenantId = desired.TenantId,
            GraphUrl = url,
            DevelopmentToken = token ?? DevelopmentTokenFor(url, desired.TenantId),
            DevelopmentTokenIssuedByTenant = tokenIssuedByTenant,
            Environment = context.Io.Environment,
            Retry = RetryScale.Policy(context.Io.Environment),
            Limits = RequestLimits.From(context.Io.Environment),
            AllowUnlistedGraphUrl = parseResult.GetValue(context.Options.AllowGraphUrl),
        };
        var (tenant, failure) = await GraphTenant.ConnectAsync(options, cancellationToken);
        if (tenant is null)
        {
            DiagnosticWriter.Write(context.Io, [ConnectionHint.Explain(failure!, url)]);
            if (local is not null)
            {
                await local.DisposeAsync();
            }

            return null;
        }

        return new StackSession(tenant, local, url, logger, context.Io)
        {
            Progress = TerminalProgress.For(context.Io),
            Endpoint = local is null ? url : "local",
        };
    }

    /// <summary>Reads the live state a stack needs; a failure is printed as its diagnostic and yields null.</summary>
    public Task<LiveSnapshot?> ReadAsync(DesiredState desired, CancellationToken cancellationToken, ReadScope scope = ReadScope.Full, bool declaredPartnerNamesOnly = false) =>
        ReadAsync(declaredPartnerNamesOnly ? SnapshotRequestFor.Declared(desired, scope) : SnapshotRequestFor.Stack(desired, scope), cancellationToken);

    /// <summary>
    /// Reads every guest as the changes since the cache in <paramref name="directory"/> (all of them the first time),
    /// then stores the refreshed cache for the next run.
    /// </summary>
    public async Task<LiveSnapshot?> ReadIncrementallyAsync(DesiredState desired, string directory, CancellationToken cancellationToken)
    {
        var (previous, note) = GuestCacheFile.Read(directory, Endpoint, desired.TenantId);
        if (note is not null)
        {
            await _io.Error.WriteLineAsync(note);
        }

        var request = SnapshotRequestFor.Declared(desired) with { Incremental = true, GuestCache = previous };
        var live = await ReadAsync(request, cancellationToken);
        if (live?.GuestCache is { } cache)
        {
            await GuestCacheFile.WriteAsync(directory, Endpoint, cache, cancellationToken);
        }

        return live;
    }

    /// <summary>Reads what <paramref name="request"/> asks, showing progress; a failure is printed as its diagnostic and yields null.</summary>
    public async Task<LiveSnapshot?> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await Tenant.ReadAsync(request with { Progress = Progress }, cancellationToken);
        }
        catch (TenantException e)
        {
            Progress?.Clear();
            DiagnosticWriter.Write(_io, [ConnectionHint.Explain(e.Diagnostic, GraphUrl)]);
            return null;
        }
        finally
        {
            Progress?.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_localTenant is not null)
        {
            await _localTenant.DisposeAsync();
        }
    }

    /// <summary>
    /// A loopback URL is a local tenant started by hand (<c>reconciler emulator</c>), which accepts unsigned development
    /// tokens: mint one for the stack's tenant, with every role, unless RECONCILER_GRAPH_TOKEN says otherwise.
    /// </summary>
    private static string? DevelopmentTokenFor(string url, string tenantId) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback
            ? Emulator.DevelopmentToken.Create(tenantId, Emulator.LocalTenant.AllRoles)
            : null;
}
