using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;

namespace Reconciler.Graph.Tests.Support;

/// <summary>Objects with every supported property set, in the token order the reader returns (enum declaration order).</summary>
internal static class Samples
{
    public const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    public const string Fabrikam = "3d1b0000-0000-4000-8000-0000000fab00";

    public static ConditionalAccessPolicyBody FullPolicy(string name) => new()
    {
        DisplayName = name,
        State = "enabledForReportingButNotEnforced",
        Conditions = new ConditionalAccessConditions
        {
            Applications = new ConditionalAccessApplications
            {
                IncludeApplications = [AzureManagement],
                ExcludeApplications = ["00000002-0000-0ff1-ce00-000000000000"],
                IncludeUserActions = [],
                IncludeAuthenticationContextClassReferences = [],
                ApplicationFilter = new ConditionalAccessFilter { Mode = "exclude", Rule = "CustomSecurityAttribute.Team_Name -eq \"x\"" },
            },
            Users = new ConditionalAccessUsers
            {
                IncludeUsers = [],
                ExcludeUsers = ["11111111-1111-4111-8111-111111111111"],
                IncludeGroups = [],
                ExcludeGroups = ["22222222-2222-4222-8222-222222222222"],
                IncludeRoles = [],
                ExcludeRoles = ["62e90394-69f5-4237-9190-012177145e10"],
                IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ["b2bCollaborationGuest", "b2bCollaborationMember"],
                    ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                },
                ExcludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ["internalGuest"],
                    ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "enumerated", Members = [Fabrikam] },
                },
            },
            ClientAppTypes = ["browser", "mobileAppsAndDesktopClients"],
            Platforms = new ConditionalAccessPlatforms { IncludePlatforms = ["all"], ExcludePlatforms = ["iOS"] },
            Locations = new ConditionalAccessLocations { IncludeLocations = ["All"], ExcludeLocations = ["AllTrusted"] },
            Devices = new ConditionalAccessDevices { DeviceFilter = new ConditionalAccessFilter { Mode = "exclude", Rule = "device.isCompliant -eq True" } },
            SignInRiskLevels = ["high"],
            UserRiskLevels = ["medium"],
            ServicePrincipalRiskLevels = [],
            InsiderRiskLevels = ["elevated"],
            AuthenticationFlows = new ConditionalAccessAuthenticationFlows { TransferMethods = ["deviceCodeFlow"] },
        },
        GrantControls = new ConditionalAccessGrantControls
        {
            Operator = "OR",
            BuiltInControls = [],
            CustomAuthenticationFactors = [],
            TermsOfUse = [],
            AuthenticationStrengthId = "00000000-0000-0000-0000-000000000002",
        },
        SessionControls = new ConditionalAccessSessionControls
        {
            ApplicationEnforcedRestrictions = new EnabledSetting { IsEnabled = true },
            CloudAppSecurity = new CloudAppSecuritySetting { IsEnabled = true, CloudAppSecurityType = "monitorOnly" },
            SignInFrequency = new SignInFrequencySetting
            {
                IsEnabled = true,
                Type = "hours",
                Value = 4,
                AuthenticationType = "primaryAndSecondaryAuthentication",
                FrequencyInterval = "timeBased",
            },
            PersistentBrowser = new PersistentBrowserSetting { IsEnabled = true, Mode = "never" },
            DisableResilienceDefaults = false,
            SecureSignInSession = new EnabledSetting { IsEnabled = true },
        },
    };

    public static ConditionalAccessPolicyBody GuestMfa(string name) => new()
    {
        DisplayName = name,
        State = "enabled",
        Conditions = new ConditionalAccessConditions
        {
            ClientAppTypes = ["all"],
            Applications = new ConditionalAccessApplications { IncludeApplications = [AzureManagement] },
            Users = new ConditionalAccessUsers
            {
                IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ["b2bCollaborationGuest"],
                    ExternalTenants = new ConditionalAccessExternalTenants { MembershipKind = "all" },
                },
            },
        },
        GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["mfa"] },
    };

    public static CrossTenantSettings FullSettings(bool isServiceProvider) => new()
    {
        InboundTrust = new InboundTrust { IsMfaAccepted = true, IsCompliantDeviceAccepted = false, IsHybridAzureADJoinedDeviceAccepted = true },
        B2bCollaborationInbound = Setting("allowed", "g1", "group"),
        B2bCollaborationOutbound = Setting("blocked", "AllUsers", "user"),
        B2bDirectConnectInbound = Setting("blocked", "AllUsers", "user"),
        B2bDirectConnectOutbound = Setting("blocked", "AllUsers", "user"),
        AutomaticUserConsentSettings = isServiceProvider ? new AutomaticUserConsentSettings { InboundAllowed = true, OutboundAllowed = false } : null,
        IsServiceProvider = isServiceProvider ? true : null,
    };

    private static B2BSetting Setting(string access, string target, string targetType) => new()
    {
        UsersAndGroups = new TargetConfiguration { AccessType = access, Targets = [new AccessTarget(target, targetType)] },
        Applications = new TargetConfiguration { AccessType = access, Targets = [new AccessTarget("AllApplications", "application")] },
    };
}
