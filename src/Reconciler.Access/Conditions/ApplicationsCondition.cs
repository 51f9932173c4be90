using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Target resources: app ids, <c>All</c>, <c>None</c> and the app groups, included and excluded. A group whose
/// membership we cannot resolve for the app, or an application filter, leaves the policy undecided.
/// </summary>
internal sealed class ApplicationsCondition : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        var match = Evaluate(signIn.ApplicationId, conditions.Applications);
        var whenUnknown = signIn.ApplicationId is null ? AnalysisReasons.Application : AnalysisReasons.NotEnoughInformation;
        return Matching.ReasonFor(match, AnalysisReasons.Application, whenUnknown);
    }

    private static Match Evaluate(string? appId, ConditionalAccessApplications? applications)
    {
        if (applications is null)
        {
            return Match.No;
        }

        var included = Matching.AnyOf(applications.IncludeApplications?.Select(entry => Entry(entry, appId)) ?? []);
        var excluded = Matching.AnyOf(applications.ExcludeApplications?.Select(entry => Entry(entry, appId)) ?? []);
        var scope = Matching.Scope(included, excluded);

        // Filters select apps by custom security attributes, which a sign-in description does not carry.
        return scope == Match.Yes && applications.ApplicationFilter is not null ? Match.Unknown : scope;
    }

    private static Match Entry(string entry, string? appId)
    {
        if (string.Equals(entry, "All", StringComparison.OrdinalIgnoreCase))
        {
            return Match.Yes;
        }

        if (string.Equals(entry, "None", StringComparison.OrdinalIgnoreCase))
        {
            return Match.No;
        }

        if (appId is null)
        {
            return Match.Unknown;
        }

        if (KnownApplications.IsGroup(entry))
        {
            return KnownApplications.IsMember(entry, appId) switch
            {
                true => Match.Yes,
                false => Match.No,
                null => Match.Unknown,
            };
        }

        return Matching.From(string.Equals(entry, appId, StringComparison.OrdinalIgnoreCase));
    }
}
