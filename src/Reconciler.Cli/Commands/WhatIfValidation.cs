using System.CommandLine;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;

namespace Reconciler.Cli.Commands;

/// <summary>
/// What whatif checks before it evaluates anything: a user or a guest type to evaluate, a user that is an email or an
/// object id, and ids that are GUIDs. An app id mistyped as <c>797f4846-...</c> would otherwise evaluate to "no policy
/// applies", an answer that looks right and is not.
/// </summary>
internal static class WhatIfValidation
{
    public const string FailOnBlock = "block";

    public const string FailOnMfaHere = "mfa-here";

    public static void Add(Command command, Option<string?> user, Option<string> app, Option<string?> guestType, Option<string?> homeTenant)
    {
        command.Validators.Add(result =>
        {
            var typed = result.GetValue(user);
            if (typed is null && result.GetValue(guestType) is null)
            {
                result.AddError("Name the user with --user EMAIL|ID, or describe an external user with --guest-type (and --home-tenant).");
            }
            else if (typed is not null && !typed.Contains('@', StringComparison.Ordinal) && !Guid.TryParse(typed, out _))
            {
                result.AddError($"--user '{typed}' is neither an email nor an object id (a GUID).");
            }

            if (result.GetValue(app) is { } appId && !Guid.TryParse(appId, out _))
            {
                result.AddError($"--app '{appId}' is not an application (client) id: expected a GUID such as 797f4846-ba00-4fd7-ba43-dac1f8f63013.");
            }

            if (result.GetValue(homeTenant) is { } tenant && !Guid.TryParse(tenant, out _))
            {
                result.AddError($"--home-tenant '{tenant}' is not a tenant id (a GUID).");
            }
        });
    }

    /// <summary>--group and --role name directory objects: anything but a GUID would silently match nothing.</summary>
    public static void AddMemberships(Command command, Option<string[]> groups, Option<string[]> roles)
    {
        command.Validators.Add(result =>
        {
            foreach (var (option, what) in new[] { (groups, "a group's object id"), (roles, "a role template id") })
            {
                foreach (var id in (result.GetValue(option) ?? []).Where(id => !Guid.TryParse(id, out _)))
                {
                    result.AddError($"{option.Name} '{id}' is not {what} (a GUID).");
                }
            }
        });
    }

    /// <summary>The ids given, or null when the option was not used (membership then comes from the tenant, or stays unknown).</summary>
    public static IReadOnlyList<string>? Given(string[]? ids) => ids is { Length: > 0 } ? ids : null;

    /// <summary>Whether the outcome is the one a script asked to fail on: a block, or MFA the user must do in this tenant.</summary>
    public static bool Fails(string? failOn, AccessOutcome outcome) => failOn switch
    {
        FailOnBlock => outcome.Result == AccessResult.Block,
        FailOnMfaHere => outcome.Result != AccessResult.Block && outcome.Mfa == MfaSatisfaction.ResourceTenant,
        _ => false,
    };
}
