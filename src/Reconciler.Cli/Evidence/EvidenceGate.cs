using Reconciler.Cli.Sessions;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Planning;

namespace Reconciler.Cli.Evidence;

/// <summary>
/// Apply's evidence check: when the stack says <c>b2b:promotion: requireEvidence</c> and the plan enables a policy the
/// tenant holds report-only, the sign-ins are read before anything is asked or written, and their findings join the
/// plan, so a blocking one refuses the run. What was read is kept for the report apply shows.
/// </summary>
internal sealed class EvidenceGate(StackSession session, DesiredState desired, ReadScope scope)
{
    public GatheredEvidence? Gathered { get; private set; }

    public async Task<Plan> AssessAsync(Plan plan, LiveSnapshot live, CancellationToken cancellationToken)
    {
        if (EvidenceGathering.DaysFor(desired, live, plan.Actions, asked: null) is not { } days)
        {
            return plan;
        }

        Gathered = await EvidenceGathering.GatherAsync(session.Tenant, desired, live, plan.Actions, days, scope, DateTimeOffset.UtcNow, cancellationToken);
        session.Logger.Information("Read {SignIns} sign-ins in {Requests} requests for the promotion check", Gathered.Report.SignInsRead, Gathered.Report.Requests);
        return PlanAssessment.WithEvidence(plan, Gathered);
    }
}
