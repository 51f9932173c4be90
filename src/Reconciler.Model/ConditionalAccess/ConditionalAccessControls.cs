namespace Reconciler.Model.ConditionalAccess;

public sealed record ConditionalAccessGrantControls
{
    /// <summary><c>AND</c> or <c>OR</c>.</summary>
    public string? Operator { get; init; }

    /// <summary>block, mfa, compliantDevice, domainJoinedDevice, approvedApplication, compliantApplication, passwordChange.</summary>
    public IReadOnlyList<string>? BuiltInControls { get; init; }

    public IReadOnlyList<string>? CustomAuthenticationFactors { get; init; }

    public IReadOnlyList<string>? TermsOfUse { get; init; }

    /// <summary>Only the id of the authentication strength is managed; the service expands the rest.</summary>
    public string? AuthenticationStrengthId { get; init; }
}

public sealed record ConditionalAccessSessionControls
{
    public EnabledSetting? ApplicationEnforcedRestrictions { get; init; }

    public CloudAppSecuritySetting? CloudAppSecurity { get; init; }

    public SignInFrequencySetting? SignInFrequency { get; init; }

    public PersistentBrowserSetting? PersistentBrowser { get; init; }

    public bool? DisableResilienceDefaults { get; init; }

    public EnabledSetting? SecureSignInSession { get; init; }
}

public sealed record EnabledSetting
{
    public bool? IsEnabled { get; init; }
}

public sealed record CloudAppSecuritySetting
{
    public bool? IsEnabled { get; init; }

    /// <summary>mcasConfigured, monitorOnly or blockDownloads.</summary>
    public string? CloudAppSecurityType { get; init; }
}

public sealed record SignInFrequencySetting
{
    public bool? IsEnabled { get; init; }

    /// <summary>days or hours.</summary>
    public string? Type { get; init; }

    public int? Value { get; init; }

    /// <summary>primaryAndSecondaryAuthentication or secondaryAuthentication.</summary>
    public string? AuthenticationType { get; init; }

    /// <summary>timeBased or everyTime.</summary>
    public string? FrequencyInterval { get; init; }
}

public sealed record PersistentBrowserSetting
{
    public bool? IsEnabled { get; init; }

    /// <summary>always or never.</summary>
    public string? Mode { get; init; }
}
