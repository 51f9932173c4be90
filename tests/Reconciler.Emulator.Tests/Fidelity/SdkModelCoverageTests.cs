using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Reconciler.Emulator.Model;

namespace Reconciler.Emulator.Tests.Fidelity;

/// <summary>
/// The Microsoft.Graph SDK's v1.0 models are the schema oracle: every property the SDK knows for these kinds is one
/// the local tenant takes and stores, and every name the local tenant takes beyond the SDK is one named here.
/// </summary>
public sealed class SdkModelCoverageTests
{
    /// <summary>Names the local tenant knows that the SDK's v1.0 models do not, each with its reason.</summary>
    private static readonly Dictionary<string, string> BeyondTheSdk = new(StringComparer.Ordinal)
    {
        ["conditions.applications.includeProtectionLevels"] = "in Microsoft's v1.0 answer (conditionalaccessroot-post-policies, example 4)",
    };

    /// <summary>SDK properties the local tenant does not take, each with its reason (docs/emulator.md lists them too).</summary>
    private static readonly Dictionary<string, string> NotTaken = new(StringComparer.Ordinal)
    {
        ["CrossTenantAccessPolicyConfigurationPartner.identitySynchronization"] = "a relationship with its own endpoint, which is not emulated",
    };

    public static TheoryData<string, string> Kinds() => new()
    {
        { nameof(ConditionalAccessPolicy), "policy:" },
        { nameof(ConditionalAccessConditionSet), "policy:conditions" },
        { nameof(ConditionalAccessApplications), "policy:conditions.applications" },
        { nameof(ConditionalAccessUsers), "policy:conditions.users" },
        { nameof(ConditionalAccessGuestsOrExternalUsers), "policy:conditions.users.includeGuestsOrExternalUsers" },
        { nameof(ConditionalAccessEnumeratedExternalTenants), "policy:conditions.users.includeGuestsOrExternalUsers.externalTenants" },
        { nameof(ConditionalAccessClientApplications), "policy:conditions.clientApplications" },
        { nameof(ConditionalAccessPlatforms), "policy:conditions.platforms" },
        { nameof(ConditionalAccessLocations), "policy:conditions.locations" },
        { nameof(ConditionalAccessDevices), "policy:conditions.devices" },
        { nameof(ConditionalAccessFilter), "policy:conditions.devices.deviceFilter" },
        { nameof(ConditionalAccessAuthenticationFlows), "policy:conditions.authenticationFlows" },
        { nameof(ConditionalAccessGrantControls), "policy:grantControls" },
        { nameof(ConditionalAccessSessionControls), "policy:sessionControls" },
        { nameof(SignInFrequencySessionControl), "policy:sessionControls.signInFrequency" },
        { nameof(PersistentBrowserSessionControl), "policy:sessionControls.persistentBrowser" },
        { nameof(CloudAppSecuritySessionControl), "policy:sessionControls.cloudAppSecurity" },
        { nameof(ApplicationEnforcedRestrictionsSessionControl), "policy:sessionControls.applicationEnforcedRestrictions" },
        { nameof(SecureSignInSessionControl), "policy:sessionControls.secureSignInSession" },
        { nameof(CrossTenantAccessPolicyConfigurationDefault), "default:" },
        { nameof(CrossTenantAccessPolicyConfigurationPartner), "partner:" },
        { nameof(CrossTenantAccessPolicyInboundTrust), "partner:inboundTrust" },
        { nameof(CrossTenantAccessPolicyB2BSetting), "partner:b2bCollaborationInbound" },
        { nameof(CrossTenantAccessPolicyTenantRestrictions), "partner:tenantRestrictions" },
        { nameof(CrossTenantAccessPolicyTargetConfiguration), "partner:b2bCollaborationInbound.usersAndGroups" },
        { nameof(InboundOutboundPolicyConfiguration), "partner:automaticUserConsentSettings" },
        { nameof(DefaultInvitationRedemptionIdentityProviderConfiguration), "default:invitationRedemptionIdentityProviderConfiguration" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EverySdkPropertyIsKnownToTheLocalTenant(string sdkType, string shapePath)
    {
        var shape = Resolve(shapePath);

        var missing = SdkProperties(sdkType)
            .Where(name => (shape.Find(name) is null or BetaOnly) && !NotTaken.ContainsKey($"{sdkType}.{name}"))
            .ToList();

        Assert.True(missing.Count == 0, $"{sdkType}: the local tenant does not know {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryNameBeyondTheSdkIsAccountedFor(string sdkType, string shapePath)
    {
        var known = SdkProperties(sdkType).ToHashSet(StringComparer.Ordinal);
        var prefix = shapePath[(shapePath.IndexOf(':') + 1)..];

        var extra = Resolve(shapePath).Properties
            .Where(p => p.Shape is not BetaOnly && !known.Contains(p.Name))
            .Select(p => prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}")
            .Where(path => !BeyondTheSdk.ContainsKey(path))
            .ToList();

        Assert.True(extra.Count == 0, $"{sdkType}: the local tenant takes {string.Join(", ", extra)}, which the SDK does not know");
    }

    [Theory]
    [InlineData("partialEnablementStrategy")]
    [InlineData("conditions.times")]
    [InlineData("conditions.deviceStates")]
    [InlineData("conditions.agents")]
    [InlineData("conditions.clients")]
    [InlineData("sessionControls.continuousAccessEvaluation")]
    [InlineData("sessionControls.networkAccessSecurity")]
    [InlineData("sessionControls.globalSecureAccessFilteringProfile")]
    public void ABetaOnlyNameIsUnknownToTheSdksV1Model(string path)
    {
        var parent = path.Contains('.') ? path[..path.LastIndexOf('.')] : "";
        var name = path[(path.LastIndexOf('.') + 1)..];
        var sdkType = Kinds().Single(k => (string)k[1] == "policy:" + parent)[0];

        Assert.IsType<BetaOnly>(Resolve("policy:" + parent).Find(name));
        Assert.DoesNotContain(name, SdkProperties((string)sdkType));
    }

    private static ObjectOf Resolve(string shapePath)
    {
        var (root, path) = (shapePath[..shapePath.IndexOf(':')], shapePath[(shapePath.IndexOf(':') + 1)..]);
        ObjectOf shape = root switch
        {
            "policy" => ConditionalAccessShape.Policy,
            "default" => CrossTenantShape.Default,
            _ => CrossTenantShape.Partner,
        };
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            shape = Assert.IsType<ObjectOf>(shape.Find(segment));
        }
        return shape;
    }

    private static IEnumerable<string> SdkProperties(string sdkType)
    {
        var type = typeof(ConditionalAccessPolicy).Assembly.GetType("Microsoft.Graph.Models." + sdkType)!;
        var model = (IParsable)Activator.CreateInstance(type)!;
        return model.GetFieldDeserializers().Keys.Where(k => !k.StartsWith('@'));
    }
}
