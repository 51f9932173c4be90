using Pulumi.Experimental.Provider;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Infra.Provider;

/// <summary>
/// Serves <c>xtap:index:DefaultSettings</c> and <c>xtap:index:PartnerSettings</c>. Configure connects to the tenant
/// named by the program's provider resource; each lifecycle call is a one-line hand-off to <see cref="XtapOperations"/>.
/// </summary>
public sealed class XtapProvider : Pulumi.Experimental.Provider.Provider
{
    private readonly ITenantConnector _connector;
    private readonly XtapOperations _operations;
    private string? _tenantId;
    private string? _graphUrl;
    private Task<ITenant>? _tenant;

    public XtapProvider(ITenantConnector connector)
    {
        _connector = connector;
        _operations = new XtapOperations(Tenant);
    }

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, CancellationToken ct) =>
        Task.FromResult(new GetSchemaResponse { Schema = XtapSchema.Json });

    public override Task<CheckResponse> CheckConfig(CheckRequest request, CancellationToken ct) =>
        Task.FromResult(new CheckResponse { Inputs = request.NewInputs });

    public override Task<DiffResponse> DiffConfig(DiffRequest request, CancellationToken ct) =>
        Task.FromResult(new DiffResponse());

    public override Task<ConfigureResponse> Configure(ConfigureRequest request, CancellationToken ct)
    {
        _tenantId = request.Args.TryGetValue("tenantId", out var tenantId) && tenantId.TryGetString(out var id) ? id : null;
        _graphUrl = request.Args.TryGetValue("graphUrl", out var graphUrl) && graphUrl.TryGetString(out var url) ? url : null;
        return Task.FromResult(new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true });
    }

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct) =>
        Task.FromResult(XtapOperations.Check(request.Type, request.NewInputs));

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct) =>
        Task.FromResult(XtapOperations.Diff(request.Type, request.OldOutputs, request.NewInputs));

    public override Task<CreateResponse> Create(CreateRequest request, CancellationToken ct) =>
        _operations.CreateAsync(request.Type, request.Inputs, request.Preview, ct);

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct) =>
        _operations.ReadAsync(request.Type, request.Id, request.Inputs, ct);

    public override Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct) =>
        _operations.UpdateAsync(request.Type, request.NewInputs, request.Preview, ct);

    public override Task Delete(DeleteRequest request, CancellationToken ct) =>
        _operations.DeleteAsync(request.Type, request.Id, ct);

    /// <summary>One connection per plugin process, opened on first use so preview-only runs need no credentials.</summary>
    private Task<ITenant> Tenant(CancellationToken ct) =>
        _tenant ??= _connector.ConnectAsync(
            _tenantId ?? throw new InvalidOperationException("the xtap provider needs tenantId; declare it with XtapProviderResource"),
            _graphUrl,
            ct);
}
