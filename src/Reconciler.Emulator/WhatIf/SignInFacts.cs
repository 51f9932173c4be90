using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.WhatIf;

/// <summary>
/// The sign-in of an evaluate request, as sent on the wire: a <c>userSignIn</c> identity, an <c>applicationContext</c>
/// and the <c>signInConditions</c>. Null means "not supplied".
/// </summary>
internal sealed record SignInFacts
{
    public required string UserId { get; init; }
    public string? ExternalUserType { get; init; }
    public string? ExternalTenantId { get; init; }
    public required IReadOnlyList<string> Applications { get; init; }
    public required JsonObject Conditions { get; init; }

    /// <summary>The groups that hold the user, directly or through nested groups (the tenant knows them, not the request).</summary>
    public IReadOnlySet<string> GroupIds { get; init; } = new HashSet<string>();

    /// <summary>The roleTemplateIds of the directory roles the user holds: Conditional Access names roles by template.</summary>
    public IReadOnlySet<string> RoleTemplateIds { get; init; } = new HashSet<string>();

    public string? Condition(string name) => Wire.AsString(Conditions[name]);

    /// <summary>Reads the request body; null with the reason when it is outside the emulated subset.</summary>
    public static SignInFacts? Read(JsonObject body, out string? problem)
    {
        problem = null;
        if (body["signInIdentity"] is not JsonObject identity || Wire.AsString(identity["userId"]) is not { } userId
            || !IsType(identity, "#microsoft.graph.userSignIn"))
        {
            problem = "signInIdentity must be a userSignIn with a userId (servicePrincipalSignIn is not emulated).";
            return null;
        }
        if (body["signInContext"] is not JsonObject context || !IsType(context, "#microsoft.graph.applicationContext"))
        {
            problem = "signInContext must be an applicationContext (userActionContext and authContext are not emulated).";
            return null;
        }
        return new SignInFacts
        {
            UserId = userId,
            // A single external type; a flags list would describe no one user.
            ExternalUserType = Wire.AsString(identity["externalUserType"]),
            ExternalTenantId = Wire.AsString(identity["externalTenantId"]),
            Applications = Strings(context["includeApplications"]),
            Conditions = body["signInConditions"] as JsonObject ?? [],
        };
    }

    public static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(Wire.AsString).OfType<string>().ToList() : [];

    private static bool IsType(JsonObject value, string type) =>
        Wire.AsString(value["@odata.type"]) is not { } actual || string.Equals(actual, type, StringComparison.OrdinalIgnoreCase);
}
