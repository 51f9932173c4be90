using System.CommandLine;
using Reconciler.Access;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Cli.Sessions;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Identity;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;
using Reconciler.Reporting.WhatIf;

namespace Reconciler.Cli.Commands;

public enum WhatIfTarget
{
    Declared,
    Live,
}

public sealed record WhatIfArguments(StackTarget Target, WhatIfQuery Query, WhatIfTarget Against, ReportOutput Output, bool AskGraph = true, string? FailOn = null);

/// <summary>
/// `reconciler whatif`: how a sign-in will be treated, like the portal's What If tool, but also against the
/// declared (not yet applied) policies. Against the live tenant it also asks Graph's evaluate API and shows both
/// verdicts side by side; a tenant without that API is reported, not an error. 0 evaluated, 1 error, 2 the --fail-on outcome.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CommandContext context)
    {
        var user = new Option<string?>("--user", "-u") { Description = "The signing-in user's email or object id; omit it with --guest-type to evaluate any external user of that type." };
        var app = new Option<string>("--app") { Description = "The application's app id, e.g. 797f4846-ba00-4fd7-ba43-dac1f8f63013.", Required = true };
        var guestType = new Option<string?>("--guest-type") { Description = "Treat the user as this external user type (b2bCollaborationGuest, b2bDirectConnectUser, ...)." };
        guestType.AcceptOnlyFromAmong(Enum.GetValues<ExternalUserType>().Select(t => t.ToToken()).ToArray());
        var homeTenant = new Option<string?>("--home-tenant") { Description = "The external user's home tenant id; decides whose MFA is trusted." };
        var clientApp = new Option<string?>("--client-app") { Description = "browser, mobileAppsAndDesktopClients, exchangeActiveSync or other." };
        clientApp.AcceptOnlyFromAmong("browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other");
        var platform = new Option<string?>("--platform") { Description = "android, iOS, windows, windowsPhone, macOS or linux." };
        platform.AcceptOnlyFromAmong("android", "iOS", "windows", "windowsPhone", "macOS", "linux");
        var location = new Option<string?>("--location") { Description = "trusted, untrusted, or a named-location id." };
        var signInRisk = new Option<string?>("--sign-in-risk") { Description = "none, low, medium or high." };
        signInRisk.AcceptOnlyFromAmong("none", "low", "medium", "high");
        var userRisk = new Option<string?>("--user-risk") { Description = "none, low, medium or high." };
        userRisk.AcceptOnlyFromAmong("none", "low", "medium", "high");
        var groups = new Option<string[]>("--group")
        {
            Description = "An object id of a group the user is in; repeat it for every group. Without it, --against live reads the user's groups from the tenant when a policy needs them.",
            HelpName = "ID",
        };
        var roles = new Option<string[]>("--role")
        {
            Description = "A directory role template id the user holds; repeat it for every role. Without it, --against live reads the roles from the tenant when a policy needs them.",
            HelpName = "TEMPLATE_ID",
        };
        var against = EnumOption.Create("--against", "Evaluate the declared policies (no tenant needed) or the live ones.", WhatIfTarget.Declared);
        var noGraphEvaluate = new Option<bool>("--no-graph-evaluate") { Description = "With --against live: do not also ask Graph's evaluate API for the tenant's own verdict." };

        var failOn = new Option<string?>("--fail-on") { Description = "For scripts: exit 2 when the outcome is a block, or MFA the user must do in this tenant (mfa-here)." };
        failOn.AcceptOnlyFromAmong(WhatIfValidation.FailOnBlock, WhatIfValidation.FailOnMfaHere);
        var command = new Command("whatif", "Show how a sign-in is treated by Conditional Access and cross-tenant trust: which policies apply, MFA or block, and where MFA is done.")
        {
            user, app, guestType, homeTenant, clientApp, platform, location, signInRisk, userRisk, groups, roles, against, noGraphEvaluate, failOn,
        };
        WhatIfValidation.Add(command, user, app, guestType, homeTenant);
        WhatIfValidation.AddMemberships(command, groups, roles);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var query = new WhatIfQuery
            {
                User = parseResult.GetValue(user),
                ApplicationId = parseResult.GetValue(app)!,
                GuestType = ExternalUserTypeTokens.Parse(parseResult.GetValue(guestType)),
                HomeTenantId = parseResult.GetValue(homeTenant),
                ClientApp = parseResult.GetValue(clientApp),
                DevicePlatform = parseResult.GetValue(platform),
                Location = parseResult.GetValue(location),
                SignInRisk = parseResult.GetValue(signInRisk),
                UserRisk = parseResult.GetValue(userRisk),
                GroupIds = WhatIfValidation.Given(parseResult.GetValue(groups)),
                RoleIds = WhatIfValidation.Given(parseResult.GetValue(roles)),
            };
            var arguments = new WhatIfArguments(
                StackTarget.From(context, parseResult),
                query,
                parseResult.GetValue(against),
                context.ReportOutput(parseResult),
                AskGraph: !parseResult.GetValue(noGraphEvaluate),
                FailOn: parseResult.GetValue(failOn));
            return await RunAsync(arguments, context, parseResult, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(WhatIfArguments arguments, CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (arguments.Output.Unsupported("whatif", ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json) is { } unsupported)
        {
            DiagnosticWriter.Write(context.Io, [unsupported]);
            return ExitCodes.Error;
        }

        var desired = StackSession.LoadOrReport(arguments.Target.Directory, arguments.Target.Stack, context.Io);
        if (desired is null)
        {
            return ExitCodes.Error;
        }

        AccessDecision decision;
        ServiceVerdict? service = null;
        var failures = new List<Diagnostic>();
        SignIn signIn;
        if (arguments.Against == WhatIfTarget.Declared)
        {
            var policies = desired.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present).Select(PolicyUnderTest.From);
            signIn = arguments.Query.ToSignIn(desired, live: null);
            decision = AccessEvaluator.Evaluate(signIn, policies, CrossTenantTrust.From(desired.CrossTenantAccess));
        }
        else
        {
            await using var session = await StackSession.ConnectAsync(desired, arguments.Target.Directory, arguments.Target.GraphUrl, context, parseResult, cancellationToken);
            if (session is null)
            {
                return ExitCodes.Error;
            }

            var live = await session.ReadAsync(ReadFor(desired, arguments.Query), cancellationToken);
            if (live is null)
            {
                return ExitCodes.Error;
            }

            var policies = live.ConditionalAccessPolicies.Select(p => new PolicyUnderTest(p.Body)).ToList();
            var trust = CrossTenantTrust.From(live);
            (signIn, var notes, var membershipFailure) = await WhatIfMembership.ResolveAsync(arguments.Query.ToSignIn(desired, live), policies, session.Tenant, cancellationToken);
            DiagnosticWriter.Write(context.Io, notes);
            failures.AddRange(membershipFailure is null ? [] : [membershipFailure]);
            decision = AccessEvaluator.Evaluate(signIn, policies, trust);
            if (arguments.AskGraph && session.Tenant is ISignInEvaluator evaluator)
            {
                service = await evaluator.EvaluateAsync(signIn, cancellationToken);
            }
        }

        var report = arguments.Output.Format switch
        {
            ReportFormat.Json => WhatIfJsonRenderer.Render(decision, service, signIn.User),
            ReportFormat.Markdown => WhatIfMarkdownRenderer.Render(decision, service, signIn.User),
            _ => WhatIfTextRenderer.Render(decision, service, signIn.User),
        };
        await ReportWriter.WriteAsync(report, arguments.Output.OutFile, context.Io, cancellationToken);
        failures.AddRange(service?.Failure is { } failure ? [failure] : []);
        if (failures.Count > 0)
        {
            DiagnosticWriter.Write(context.Io, failures);
            return ExitCodes.Error;
        }

        return WhatIfValidation.Fails(arguments.FailOn, decision.Outcome) ? ExitCodes.Differences : ExitCodes.Success;
    }

    /// <summary>The stack's own read, plus the named user and the home tenant of the user's email domain.</summary>
    private static SnapshotRequest ReadFor(DesiredState desired, WhatIfQuery query)
    {
        var request = SnapshotRequestFor.Stack(desired);
        if (query.User is not { } user || EmailAddress.DomainOf(user) is not { } domain)
        {
            return request;
        }
        return request with
        {
            Emails = [.. request.Emails.Append(user).Distinct(EmailAddress.Comparer)],
            GuestDomains = [.. request.GuestDomains.Append(domain).Distinct(EmailAddress.Comparer)],
        };
    }
}
