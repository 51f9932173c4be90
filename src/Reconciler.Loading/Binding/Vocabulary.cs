using System.Collections.Immutable;
using Reconciler.Model.Desired;

namespace Reconciler.Loading.Binding;

/// <summary>A closed set of Graph enum values. Matching is case-sensitive, as Graph's is.</summary>
internal sealed record Vocabulary(ImmutableArray<string> Values)
{
    public static Vocabulary Of(params string[] values) => new([.. values]);

    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);

    public static readonly Vocabulary Ensure = Of("present", "absent");
    public static readonly Vocabulary UserType = Of("Guest", "Member");
    public static readonly Vocabulary Engine = Of("reconciler", "pulumi");
    public static readonly Vocabulary Promotion = Of("warn", "requireEvidence");
    public static readonly Vocabulary PolicyState = Of([.. Model.ConditionalAccess.PolicyState.All]);
    public static readonly Vocabulary GuestOrExternalUserTypes = Of("none", "internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember", "b2bDirectConnectUser", "otherExternalUser", "serviceProvider");
    public static readonly Vocabulary MembershipKind = Of("all", "enumerated");
    public static readonly Vocabulary ClientAppTypes = Of("all", "browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "easSupported", "other");
    public static readonly Vocabulary Platforms = Of("android", "iOS", "windows", "windowsPhone", "macOS", "linux", "all");
    public static readonly Vocabulary RiskLevels = Of("low", "medium", "high", "hidden", "none");
    public static readonly Vocabulary InsiderRiskLevels = Of("minor", "moderate", "elevated");
    public static readonly Vocabulary TransferMethods = Of("none", "deviceCodeFlow", "authenticationTransfer");
    public static readonly Vocabulary FilterMode = Of("include", "exclude");
    public static readonly Vocabulary Operator = Of("AND", "OR");
    public static readonly Vocabulary BuiltInControls = Of("block", "mfa", "compliantDevice", "domainJoinedDevice", "approvedApplication", "compliantApplication", "passwordChange");
    public static readonly Vocabulary CloudAppSecurityType = Of("mcasConfigured", "monitorOnly", "blockDownloads");
    public static readonly Vocabulary SignInFrequencyType = Of("days", "hours");
    public static readonly Vocabulary AuthenticationType = Of("primaryAndSecondaryAuthentication", "secondaryAuthentication");
    public static readonly Vocabulary FrequencyInterval = Of("timeBased", "everyTime");
    public static readonly Vocabulary PersistentBrowserMode = Of("always", "never");
    public static readonly Vocabulary AccessType = Of("allowed", "blocked");
    public static readonly Vocabulary TargetType = Of("user", "group", "application");
    public static readonly Vocabulary IdentityProviders = Of("azureActiveDirectory", "externalFederation", "socialIdentityProviders");
    public static readonly Vocabulary FallbackIdentityProvider = Of("defaultConfiguredIdp", "emailOneTimePasscode", "microsoftAccount");
}
