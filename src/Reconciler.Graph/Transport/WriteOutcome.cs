using Reconciler.Graph.Mapping;
using Reconciler.Graph.Permissions;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Transport;

/// <summary>Runs one write and reports it as an <see cref="ActionOutcome"/>: never throws for a Graph failure.</summary>
internal static class WriteOutcome
{
    public static async Task<ActionOutcome> RunAsync(PlannedAction action, Func<RequestIdProbe, CancellationToken, Task<string?>> write, CancellationToken cancellationToken)
    {
        var operation = RequiredPermissions.WriteOperation(action);
        var probe = new RequestIdProbe();
        try
        {
            var objectId = await write(probe, cancellationToken);
            return new ActionOutcome(action, true, objectId, probe.RequestId);
        }
        catch (GraphCallException e)
        {
            return new ActionOutcome(action, false, RequestId: e.Failure.RequestId ?? probe.RequestId, Failure: FailureDiagnostics.For(e, operation, action.Key))
            {
                NotSent = e.Failure.Refusal == RefusalKind.TenantDown,
            };
        }
        catch (UnmappableValueException e)
        {
            return new ActionOutcome(action, false, Failure: TenantDiagnostics.Rejected(operation.Description, "unknownValue", e.Message));
        }
    }
}
