using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.Effects;

/// <summary>
/// Decides what a change of one property does to guest access, from the value before to the value after. A drift
/// item is the change someone made (declared to live), a planned action the change apply makes (live to declared).
/// Each rule is one row, in order, first match wins; each has a test in <c>EffectRulesTests</c>. An object is as weak
/// as its weakest property.
/// </summary>
public static class EffectRules
{
    private sealed record Rule(string Name, Func<string, bool> Applies, Func<JsonNode?, JsonNode?, Effect> Judge);

    private static readonly Rule[] Rules =
    [
        // Conditional Access: who and what the policy covers.
        new("include tenant scope", path => path.EndsWith("includeGuestsOrExternalUsers.externalTenants.membershipKind", StringComparison.Ordinal),
            (before, after) => Is(after, "enumerated") ? Effect.Weakens : Effect.Strengthens),
        new("exclude tenant scope", path => path.EndsWith("excludeGuestsOrExternalUsers.externalTenants.membershipKind", StringComparison.Ordinal),
            (before, after) => Is(after, "all") ? Effect.Weakens : Effect.Strengthens),
        new("exclusion", path => Leaf(path).StartsWith("exclude", StringComparison.Ordinal) || path.Contains(".excludeGuestsOrExternalUsers", StringComparison.Ordinal),
            (before, after) => Grows(before, after)),
        new("include", path => Leaf(path).StartsWith("include", StringComparison.Ordinal) || path.Contains(".includeGuestsOrExternalUsers", StringComparison.Ordinal)
                || Leaf(path) == "clientAppTypes",
            (before, after) => Narrows(before, after)),
        new("limiting condition", path => Leaf(path) is "signInRiskLevels" or "userRiskLevels" or "servicePrincipalRiskLevels" or "insiderRiskLevels" or "transferMethods",
            (before, after) => Presence(before, after)),
        new("filter", path => path.Contains("Filter.", StringComparison.Ordinal) || Leaf(path).EndsWith("Filter", StringComparison.Ordinal),
            (before, after) => Presence(before, after)),
        new("state", path => path == "state",
            (before, after) => Is(after, "enabled") ? Effect.Strengthens : Is(before, "enabled") ? Effect.Weakens : Effect.Neutral),

        // Grant controls: what a sign-in must satisfy.
        new("operator", path => path == "grantControls.operator",
            (before, after) => Is(after, "OR") ? Effect.Weakens : Is(after, "AND") ? Effect.Strengthens : Effect.Neutral),
        // Added beside mfa under OR, a control is another way in; under AND it would be one more hurdle. The rule
        // cannot see the operator, so it warns: a false caution costs a look, a false assurance costs the tenant.
        new("built-in control", path => path == "grantControls.builtInControls",
            (before, after) => Controls(before, after)),
        new("alternative control", path => path is "grantControls.customAuthenticationFactors" or "grantControls.termsOfUse" or "grantControls.authenticationStrengthId",
            (before, after) => Presence(before, after)),
        new("persistent browser", path => path == "sessionControls.persistentBrowser.mode",
            (before, after) => Is(after, "always") ? Effect.Weakens : Effect.Neutral),
        new("sign-in frequency", path => path == "sessionControls.signInFrequency.value",
            (before, after) => Number(after) is not { } a ? Effect.Weakens : Number(before) is not { } b ? Effect.Strengthens
                : a > b ? Effect.Weakens : a < b ? Effect.Strengthens : Effect.Neutral),

        // Cross-tenant access: trust and openness.
        new("trust", path => path.StartsWith("inboundTrust.", StringComparison.Ordinal) || path.StartsWith("automaticUserConsentSettings.", StringComparison.Ordinal)
                || path == "isServiceProvider",
            (before, after) => Switch(before, after)),
        new("access type", path => Leaf(path) == "accessType",
            (before, after) => Is(after, "allowed") ? Effect.Weakens : Is(after, "blocked") ? Effect.Strengthens : Effect.Neutral),

        // Guests.
        new("user type", path => path == "userType",
            (before, after) => Is(after, "Member") ? Effect.Weakens : Is(after, "Guest") ? Effect.Strengthens : Effect.Neutral),
        new("account enabled", path => path == "accountEnabled",
            (before, after) => Switch(before, after)),
        new("deleted", path => path == "deletedDateTime",
            (before, after) => after is null ? Effect.Weakens : Effect.Strengthens),
    ];

    /// <summary>The rule names in order, for tests and docs.</summary>
    public static IReadOnlyList<string> Names => [.. Rules.Select(r => r.Name)];

    /// <summary>The effect of one property going from <paramref name="before"/> to <paramref name="after"/> (rendered as in reports).</summary>
    public static Effect Of(string path, string before, string after) =>
        Rules.FirstOrDefault(r => r.Applies(path)) is { } rule ? rule.Judge(Parse(before), Parse(after)) : Effect.Neutral;

    /// <summary>The name of the rule that decides <paramref name="path"/>, or null when none does (neutral).</summary>
    public static string? RuleFor(string path) => Rules.FirstOrDefault(r => r.Applies(path))?.Name;

    public static Effect Worst(IEnumerable<Effect> effects) => effects.DefaultIfEmpty(Effect.Neutral).Max();

    private static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>More entries after than before weakens (an exclusion added); fewer strengthens; both is neutral.</summary>
    private static Effect Grows(JsonNode? before, JsonNode? after)
    {
        var was = Items(before);
        var now = Items(after);
        var added = now.Except(was, StringComparer.OrdinalIgnoreCase).Any();
        var removed = was.Except(now, StringComparer.OrdinalIgnoreCase).Any();
        return (added, removed) switch
        {
            (true, false) => Effect.Weakens,
            (false, true) => Effect.Strengthens,
            _ => Effect.Neutral,
        };
    }

    /// <summary>An include that loses an entry, or loses <c>all</c> for a list of its parts, covers less and weakens.</summary>
    private static Effect Narrows(JsonNode? before, JsonNode? after)
    {
        static bool HasAll(JsonNode? node) => Items(node).Any(i => i.Equals("\"all\"", StringComparison.OrdinalIgnoreCase));
        return HasAll(before) && !HasAll(after) ? Effect.Weakens : Invert(Grows(before, after));
    }

    /// <summary>mfa or block taken away weakens; block added strengthens; any other control added weakens (see the rule).</summary>
    private static Effect Controls(JsonNode? before, JsonNode? after)
    {
        var was = Items(before);
        var now = Items(after);
        var removed = was.Except(now, StringComparer.OrdinalIgnoreCase).ToList();
        var added = now.Except(was, StringComparer.OrdinalIgnoreCase).ToList();
        if (removed.Any(c => c is "\"mfa\"" or "\"block\"") || added.Any(c => c != "\"block\""))
        {
            return Effect.Weakens;
        }
        return added.Count > 0 || removed.Count > 0 ? Effect.Strengthens : Effect.Neutral;
    }

    /// <summary>Set where it was unset weakens (the policy fires less often, or accepts another way in); the reverse strengthens.</summary>
    private static Effect Presence(JsonNode? before, JsonNode? after) => (IsSet(before), IsSet(after)) switch
    {
        (false, true) => Effect.Weakens,
        (true, false) => Effect.Strengthens,
        _ => Effect.Neutral,
    };

    /// <summary>A trust or an access switched on weakens; switched off strengthens.</summary>
    private static Effect Switch(JsonNode? before, JsonNode? after) => (IsTrue(before), IsTrue(after)) switch
    {
        (false, true) => Effect.Weakens,
        (true, false) => Effect.Strengthens,
        _ => Effect.Neutral,
    };

    private static Effect Invert(Effect effect) => effect switch
    {
        Effect.Weakens => Effect.Strengthens,
        Effect.Strengthens => Effect.Weakens,
        _ => Effect.Neutral,
    };

    private static IReadOnlyList<string> Items(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(i => i?.ToJsonString() ?? "null")],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [.. value.GetValue<string>().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => $"\"{s}\"")],
        null => [],
        _ => [node.ToJsonString()],
    };

    private static bool IsSet(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ => node.GetValueKind() != JsonValueKind.False,
    };

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>Enum tokens compare ignoring case, as in normalisation rule N3.</summary>
    private static bool Is(JsonNode? node, string token) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && string.Equals(value.GetValue<string>(), token, StringComparison.OrdinalIgnoreCase);

    private static double? Number(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : null;

    /// <summary>Reports render scalars bare and lists and objects as JSON; this reads them back.</summary>
    private static JsonNode? Parse(string rendered)
    {
        if (rendered == "null")
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(rendered);
        }
        catch (JsonException)
        {
            return JsonValue.Create(rendered);
        }
    }
}
