using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Locations: named-location ids, <c>All</c> and <c>AllTrusted</c>, included and excluded. Not configured matches
/// everywhere. A location the sign-in doesn't pin down leaves the condition unevaluated, as in the What If tool.
/// </summary>
internal sealed class LocationsCondition : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        var locations = conditions.Locations;
        if (locations is null || locations.IncludeLocations.IsNullOrEmpty())
        {
            return null;
        }

        var match = Matching.Scope(
            Matching.AnyOf(locations.IncludeLocations!.Select(entry => Entry(entry, signIn.Location))),
            Matching.AnyOf(locations.ExcludeLocations?.Select(entry => Entry(entry, signIn.Location)) ?? []));
        return Matching.ReasonFor(match, AnalysisReasons.Location, AnalysisReasons.Location);
    }

    private static Match Entry(string entry, SignInLocation? location)
    {
        if (string.Equals(entry, "All", StringComparison.OrdinalIgnoreCase))
        {
            return Match.Yes;
        }

        if (string.Equals(entry, "AllTrusted", StringComparison.OrdinalIgnoreCase))
        {
            return location?.IsTrusted is { } trusted ? Matching.From(trusted) : Match.Unknown;
        }

        return location?.NamedLocationId is { } id
            ? Matching.From(string.Equals(entry, id, StringComparison.OrdinalIgnoreCase))
            : Match.Unknown;
    }
}
