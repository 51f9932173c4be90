using Reconciler.Loading.Tree;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;

namespace Reconciler.Loading.Binding;

internal static class CrossTenantBinder
{
    public static DesiredCrossTenantAccess? Bind(Binding binding, ConfigNode node, string path) =>
        ObjectReader.Bind(binding, node, path, xtap =>
        {
            var declaredDefault = xtap.Object("default", d => new DefaultDeclaration(Settings(d), IgnoreChangesBinder.Read(d, ResourceType.CrossTenantAccessDefault)));
            return new DesiredCrossTenantAccess
            {
                Default = declaredDefault?.Settings,
                DefaultSource = xtap.Node("default")?.Location,
                DefaultIgnoreChanges = declaredDefault?.IgnoreChanges ?? [],
                Partners = xtap.List("partners", (item, itemPath) => ObjectReader.Bind(binding, item, itemPath, Partner)) ?? [],
            };
        });

    private sealed record DefaultDeclaration(CrossTenantSettings Settings, IReadOnlyList<string> IgnoreChanges);

    private static DesiredPartner? Partner(ObjectReader p)
    {
        var tenantId = p.Required("tenantId", key => p.Node(key) is { } n ? p.Binding.Id(n, p.KeyPath(key), IdKind.TenantId) : null);
        var partner = new DesiredPartner
        {
            TenantId = tenantId ?? "",
            Name = p.String("name"),
            Ensure = EnsureBinder.Read(p),
            Settings = Settings(p) with { IsServiceProvider = p.Bool("isServiceProvider") },
            IgnoreChanges = IgnoreChangesBinder.Read(p, ResourceType.CrossTenantAccessPartner),
            Source = p.Location,
        };
        return tenantId is null ? null : partner;
    }

    private static CrossTenantSettings Settings(ObjectReader s) => new()
    {
        InboundTrust = s.Object("inboundTrust", t => new InboundTrust
        {
            IsMfaAccepted = t.Bool("isMfaAccepted"),
            IsCompliantDeviceAccepted = t.Bool("isCompliantDeviceAccepted"),
            IsHybridAzureADJoinedDeviceAccepted = t.Bool("isHybridAzureADJoinedDeviceAccepted"),
        }),
        B2bCollaborationInbound = s.Object("b2bCollaborationInbound", B2B),
        B2bCollaborationOutbound = s.Object("b2bCollaborationOutbound", B2B),
        B2bDirectConnectInbound = s.Object("b2bDirectConnectInbound", B2B),
        B2bDirectConnectOutbound = s.Object("b2bDirectConnectOutbound", B2B),
        AutomaticUserConsentSettings = s.Object("automaticUserConsentSettings", a => new AutomaticUserConsentSettings
        {
            InboundAllowed = a.Bool("inboundAllowed"),
            OutboundAllowed = a.Bool("outboundAllowed"),
        }),
    };

    private static B2BSetting B2B(ObjectReader b) => new()
    {
        UsersAndGroups = b.Object("usersAndGroups", Target),
        Applications = b.Object("applications", Target),
    };

    private static TargetConfiguration Target(ObjectReader t) => new()
    {
        AccessType = t.Enum("accessType", Vocabulary.AccessType),
        Targets = t.List("targets", (item, path) => ObjectReader.Bind(t.Binding, item, path, AccessTarget)),
    };

    private static AccessTarget? AccessTarget(ObjectReader a)
    {
        var target = a.Required("target", key => a.Node(key) is { } n ? a.Binding.Id(n, a.KeyPath(key), IdKind.AccessTargets) : null);
        var type = a.Required("targetType", key => a.Enum(key, Vocabulary.TargetType));
        return target is null || type is null ? null : new AccessTarget(target, type);
    }
}
