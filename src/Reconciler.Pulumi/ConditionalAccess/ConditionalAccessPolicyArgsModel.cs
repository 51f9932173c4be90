namespace Reconciler.PulumiMapping.ConditionalAccess;

/// <summary>
/// The inputs of <c>azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy</c>, one record per
/// <c>Pulumi.AzureAD.Inputs.ConditionalAccessPolicy*Args</c> class and one property per input, with azuread's names
/// (<c>IncludedApplications</c>, not Graph's <c>includeApplications</c>). Lists are never null: an empty list is an unset input.
/// </summary>
public sealed record ConditionalAccessPolicyArgsModel(
    string DisplayName,
    string State,
    ConditionsModel Conditions,
    GrantControlsModel? GrantControls,
    SessionControlsModel? SessionControls);

public sealed record ConditionsModel(
    IReadOnlyList<string> ClientAppTypes,
    ApplicationsModel Applications,
    UsersModel Users)
{
    public ClientApplicationsModel? ClientApplications { get; init; }

    public DevicesModel? Devices { get; init; }

    public LocationsModel? Locations { get; init; }

    public PlatformsModel? Platforms { get; init; }

    public IReadOnlyList<string> AuthenticationFlowTransferMethods { get; init; } = [];

    /// <summary>A single value in azuread, where Graph has a flags enum.</summary>
    public string? InsiderRiskLevels { get; init; }

    public IReadOnlyList<string> ServicePrincipalRiskLevels { get; init; } = [];

    public IReadOnlyList<string> SignInRiskLevels { get; init; } = [];

    public IReadOnlyList<string> UserRiskLevels { get; init; } = [];
}

public sealed record ApplicationsModel(
    IReadOnlyList<string> IncludedApplications,
    IReadOnlyList<string> ExcludedApplications,
    IReadOnlyList<string> IncludedUserActions,
    FilterModel? Filter = null);

public sealed record UsersModel
{
    public IReadOnlyList<UserReference> IncludedUsers { get; init; } = [];

    public IReadOnlyList<UserReference> ExcludedUsers { get; init; } = [];

    public IReadOnlyList<string> IncludedGroups { get; init; } = [];

    public IReadOnlyList<string> ExcludedGroups { get; init; } = [];

    public IReadOnlyList<string> IncludedRoles { get; init; } = [];

    public IReadOnlyList<string> ExcludedRoles { get; init; } = [];

    /// <summary>A list in azuread (<c>...IncludedGuestsOrExternalUserArgs</c>), a single object in Graph.</summary>
    public IReadOnlyList<GuestsOrExternalUsersModel> IncludedGuestsOrExternalUsers { get; init; } = [];

    public IReadOnlyList<GuestsOrExternalUsersModel> ExcludedGuestsOrExternalUsers { get; init; } = [];
}

/// <summary><see cref="ExternalTenants"/> is a list in azuread, a single object in Graph.</summary>
public sealed record GuestsOrExternalUsersModel(
    IReadOnlyList<string> GuestOrExternalUserTypes,
    IReadOnlyList<ExternalTenantModel> ExternalTenants);

public sealed record ExternalTenantModel(string MembershipKind, IReadOnlyList<string> Members);

public sealed record ClientApplicationsModel(
    IReadOnlyList<string> IncludedServicePrincipals,
    IReadOnlyList<string> ExcludedServicePrincipals,
    FilterModel? Filter);

public sealed record DevicesModel(FilterModel? Filter);

public sealed record FilterModel(string Mode, string Rule);

public sealed record LocationsModel(IReadOnlyList<string> IncludedLocations, IReadOnlyList<string> ExcludedLocations);

public sealed record PlatformsModel(IReadOnlyList<string> IncludedPlatforms, IReadOnlyList<string> ExcludedPlatforms);

public sealed record GrantControlsModel(
    string Operator,
    IReadOnlyList<string> BuiltInControls,
    string? AuthenticationStrengthPolicyId,
    IReadOnlyList<string> TermsOfUses,
    IReadOnlyList<string> CustomAuthenticationFactors);

/// <summary>
/// azuread flattens Graph's session control objects into scalars: <c>signInFrequency {value, type, ...}</c>
/// becomes <c>SignInFrequency</c>, <c>SignInFrequencyPeriod</c>, and so on.
/// </summary>
public sealed record SessionControlsModel
{
    public bool? ApplicationEnforcedRestrictionsEnabled { get; init; }

    public string? CloudAppSecurityPolicy { get; init; }

    public bool? DisableResilienceDefaults { get; init; }

    public string? PersistentBrowserMode { get; init; }

    public int? SignInFrequency { get; init; }

    public string? SignInFrequencyAuthenticationType { get; init; }

    public string? SignInFrequencyInterval { get; init; }

    public string? SignInFrequencyPeriod { get; init; }
}
