using System.CommandLine;
using Reconciler.Cli.Hosting;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Cli.Sessions;

/// <summary>Options shared by the commands that read a tenant (drift, plan, apply, destroy, export).</summary>
internal sealed class TenantCommandOptions
{
    public Option<bool> Redact { get; } = new("--redact") { Description = "Replace guest emails with keyed pseudonyms and hide guest names (key: RECONCILER_REDACT_KEY, else .reconciler/redact.key)." };

    public Option<bool> ResetLocal { get; } = new("--reset-local") { Description = "With graphUrl: local, start the local tenant over from its sample seed." };

    public Option<ReadScope> Scope { get; } = EnumOption.Create("--scope", "full reads every guest (finds unmanaged ones); declared looks up only the declared guests (fast on very large tenants).", ReadScope.Full);

    public Option<bool> AllowBreakGlassLockout { get; } = new("--allow-break-glass-lockout") { Description = "Allow an enabled policy that applies to a break-glass account (B2B2010)." };

    public Option<bool> AllowAllUsersWithoutBreakGlass { get; } = new("--allow-all-users-without-break-glass") { Description = "Allow an All-users policy that does not exclude every break-glass account (B2B2011)." };

    public Option<bool> AllowDirectEnable { get; } = new("--allow-direct-enable") { Description = "Silence the advice to create a policy report-only first (B2B2013)." };

    public Option<string?> Commit { get; } = new("--commit") { Description = $"The commit the report names (markdown and JSON). Or {ReportProvenance.CommitVariable}.", HelpName = "SHA" };

    public IEnumerable<Option> Reading => [Redact, ResetLocal, Scope];

    public IEnumerable<Option> Overrides => [AllowBreakGlassLockout, AllowAllUsersWithoutBreakGlass, AllowDirectEnable];

    public PlanOptions PlanOptions(ParseResult parseResult) => new()
    {
        AllowBreakGlassLockout = parseResult.GetValue(AllowBreakGlassLockout),
        AllowAllUsersWithoutBreakGlass = parseResult.GetValue(AllowAllUsersWithoutBreakGlass),
        AllowDirectEnable = parseResult.GetValue(AllowDirectEnable),
    };
}
