namespace Reconciler.Model.CrossTenant;

/// <summary>
/// The tenant-wide default Microsoft ships (and <c>resetToSystemDefault</c> restores): B2B collaboration allowed both
/// ways, B2B direct connect blocked both ways, no inbound trust, no automatic consent. A declared default is managed
/// whole against it: a block the stack leaves out must hold these values.
/// </summary>
public static class CrossTenantServiceDefault
{
    public static CrossTenantSettings Settings { get; } = new()
    {
        InboundTrust = new InboundTrust { IsMfaAccepted = false, IsCompliantDeviceAccepted = false, IsHybridAzureADJoinedDeviceAccepted = false },
        AutomaticUserConsentSettings = new AutomaticUserConsentSettings { InboundAllowed = false, OutboundAllowed = false },
        B2bCollaborationInbound = Everyone("allowed"),
        B2bCollaborationOutbound = Everyone("allowed"),
        B2bDirectConnectInbound = Everyone("blocked"),
        B2bDirectConnectOutbound = Everyone("blocked"),
    };

    private static B2BSetting Everyone(string accessType) => new()
    {
        UsersAndGroups = new TargetConfiguration { AccessType = accessType, Targets = [new AccessTarget("AllUsers", "user")] },
        Applications = new TargetConfiguration { AccessType = accessType, Targets = [new AccessTarget("AllApplications", "application")] },
    };
}
