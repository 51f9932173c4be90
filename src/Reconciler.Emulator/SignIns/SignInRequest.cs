using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.SignIns;

/// <summary>
/// What <c>POST /local/signIns</c> (and a seed's schedule) says about a sign-in to perform: who, into which app, from
/// which client, platform and place, and how the user authenticates: <c>homeTenantMfa</c> (the home tenant's token
/// carries an MFA claim) and <c>completesMfa</c> (the user does MFA here when asked).
/// </summary>
internal sealed record SignInRequest
{
    public required string User { get; init; }
    public required string AppId { get; init; }
    public string? AppDisplayName { get; init; }
    public string ClientAppUsed { get; init; } = "Browser";
    public string? OperatingSystem { get; init; }
    public string? Browser { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? CountryOrRegion { get; init; }
    public string? IpAddress { get; init; }
    public string RiskLevel { get; init; } = "none";
    public bool HomeTenantMfa { get; init; }
    public bool CompletesMfa { get; init; }

    /// <summary>Overrides the type the user's directory object gives it (a direct connect user has no such object).</summary>
    public string? ExternalUserType { get; init; }

    public string? HomeTenantId { get; init; }
    public string? Id { get; init; }
    public string? CreatedDateTime { get; init; }

    public static SignInRequest Read(JsonObject body) => new()
    {
        User = Wire.AsString(body["userId"]) ?? Wire.AsString(body["userPrincipalName"]) ?? throw new ArgumentException("a sign-in needs a userId (or userPrincipalName)."),
        AppId = Wire.AsString(body["appId"]) ?? throw new ArgumentException("a sign-in needs an appId."),
        AppDisplayName = Wire.AsString(body["appDisplayName"]),
        ClientAppUsed = Wire.AsString(body["clientAppUsed"]) ?? "Browser",
        OperatingSystem = Wire.AsString(body["operatingSystem"]),
        Browser = Wire.AsString(body["browser"]),
        City = Wire.AsString(body["city"]),
        State = Wire.AsString(body["state"]),
        CountryOrRegion = Wire.AsString(body["countryOrRegion"]),
        IpAddress = Wire.AsString(body["ipAddress"]),
        RiskLevel = Wire.AsString(body["riskLevel"]) ?? "none",
        HomeTenantMfa = Flag(body["homeTenantMfa"]),
        CompletesMfa = Flag(body["completesMfa"]),
        ExternalUserType = Wire.AsString(body["externalUserType"]),
        HomeTenantId = Wire.AsString(body["homeTenantId"]),
        Id = Wire.AsString(body["id"]),
        CreatedDateTime = Wire.AsString(body["createdDateTime"]),
    };

    private static bool Flag(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
