using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;

namespace Reconciler.Emulator.Query;

/// <summary>$filter, $select, $top, $count and $skiptoken of a user query, parsed and checked like Graph does.</summary>
internal sealed record QueryOptions(Func<JsonObject, bool>? Filter, IReadOnlyList<string>? Select, int Top, int StartSlot, bool Count)
{
    /// <summary>
    /// When the filter only ORs equalities on mail and userPrincipalName, their values: every match is among the
    /// users holding one of them, so a page is served from the index instead of a scan. Null otherwise.
    /// </summary>
    public IReadOnlyList<string>? MailOrUpnValues { get; init; }

    /// <summary>
    /// When the filter is exactly <c>userType eq '...'</c> (how every guest listing and count asks), its value: each
    /// user is then tested on a kept string instead of its JSON, as Graph answers such a count from an index.
    /// </summary>
    public string? UserTypeValue { get; init; }

    public const int DefaultPageSize = 100;

    public static QueryOptions? Parse(EmulatorRequest request, out EmulatorResponse? failure)
    {
        failure = null;
        var advanced = string.Equals(request.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase);
        var countAsked = string.Equals(request.QueryValue("$count"), "true", StringComparison.OrdinalIgnoreCase);

        if (ParseTop(request, out failure) is not { } top)
        {
            return null;
        }

        Func<JsonObject, bool>? filter = null;
        if (request.QueryValue("$filter") is { Length: > 0 } filterText)
        {
            try
            {
                var (predicate, advancedOperator) = UserFilter.Parse(filterText);
                if (advancedOperator is not null && !(advanced && countAsked))
                {
                    failure = EmulatorResponse.UnsupportedQuery(
                        $"Operator '{advancedOperator}' is not supported because the required parameters might be missing. " +
                        "Try adding $count=true query parameter and ConsistencyLevel:eventual header. " +
                        "Refer to https://aka.ms/graph-docs/advanced-queries for more details");
                    return null;
                }
                filter = predicate;
            }
            catch (FilterException e)
            {
                failure = e.Unsupported ? EmulatorResponse.UnsupportedQuery(e.Message) : EmulatorResponse.Fail(400, "BadRequest", e.Message);
                return null;
            }
        }

        var select = ParseSelect(request.QueryValue("$select"), out failure);
        if (failure is not null)
        {
            return null;
        }
        if (!PageToken.TryReadSlot(request.QueryValue("$skiptoken"), out var start))
        {
            failure = EmulatorResponse.BadRequest("The specified page token value has expired or is invalid.");
            return null;
        }
        // $count=true without the header is silently ignored by Graph; @odata.count is only on the first page.
        return new QueryOptions(filter, select, top, start, advanced && countAsked && start == 0)
        {
            MailOrUpnValues = filter is null ? null : LookupFilter.Values(request.QueryValue("$filter")!),
            UserTypeValue = filter is null ? null : LookupFilter.UserType(request.QueryValue("$filter")!),
        };
    }

    /// <summary>Whether a user in the wanted state passes the filter.</summary>
    internal bool Matches(Store.UserRecord user, Store.UserState state) =>
        user.State == state && (UserTypeValue is { } userType
            ? string.Equals(user.UserType, userType, StringComparison.OrdinalIgnoreCase)
            : Filter is null || Filter(user.Data));

    /// <summary>$top, 1..999 as Graph takes it; the default page when absent, null (with Graph's 400) when out of range.</summary>
    public static int? ParseTop(EmulatorRequest request, out EmulatorResponse? failure)
    {
        failure = null;
        if (request.QueryValue("$top") is not { } topText)
        {
            return DefaultPageSize;
        }
        if (!int.TryParse(topText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var top) || top < 1 || top > 999)
        {
            failure = EmulatorResponse.BadRequest($"Invalid page size specified: '{topText}'. Must be between 1 and 999 inclusive.");
            return null;
        }
        return top;
    }

    public static IReadOnlyList<string>? ParseSelect(string? text, out EmulatorResponse? failure) =>
        ParseSelect(text, UserShape.Selectable, "microsoft.graph.user", out failure);

    /// <summary>$select names, in their canonical spelling; an unknown one is Graph's 400 naming the type.</summary>
    public static IReadOnlyList<string>? ParseSelect(string? text, HashSet<string> selectable, string typeName, out EmulatorResponse? failure)
    {
        failure = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!selectable.TryGetValue(raw, out var canonical))
            {
                failure = EmulatorResponse.BadRequest($"Could not find a property named '{raw}' on type '{typeName}'.");
                return null;
            }
            if (!names.Contains(canonical))
            {
                names.Add(canonical);
            }
        }
        return names;
    }
}
