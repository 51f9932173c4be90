using Reconciler.Model.CrossTenant;
using N = Reconciler.PulumiMapping.CrossTenant.XtapPropertyNames;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Reads a property bag back into cross-tenant settings, collecting a failure for every wrong type, unknown key or
/// out-of-vocabulary value instead of stopping at the first. Unknown values (preview) read as undeclared.
/// </summary>
public sealed class CrossTenantBagReader
{
    private readonly List<XtapInputFailure> _failures = [];

    public IReadOnlyList<XtapInputFailure> Failures => _failures;

    private static readonly string[] SettingsKeys =
    [
        N.TenantId, N.InboundTrust, N.B2bCollaborationInbound, N.B2bCollaborationOutbound, N.B2bDirectConnectInbound,
        N.B2bDirectConnectOutbound, N.AutomaticUserConsentSettings, N.IsServiceProvider,
    ];

    public CrossTenantSettings ReadSettings(IReadOnlyDictionary<string, object?> bag)
    {
        RejectUnknownKeys(bag, SettingsKeys, path: null);
        return new CrossTenantSettings
        {
            InboundTrust = ReadObject(bag, N.InboundTrust, null, ReadInboundTrust),
            B2bCollaborationInbound = ReadObject(bag, N.B2bCollaborationInbound, null, ReadB2b),
            B2bCollaborationOutbound = ReadObject(bag, N.B2bCollaborationOutbound, null, ReadB2b),
            B2bDirectConnectInbound = ReadObject(bag, N.B2bDirectConnectInbound, null, ReadB2b),
            B2bDirectConnectOutbound = ReadObject(bag, N.B2bDirectConnectOutbound, null, ReadB2b),
            AutomaticUserConsentSettings = ReadObject(bag, N.AutomaticUserConsentSettings, null, ReadConsent),
            IsServiceProvider = ReadBool(bag, N.IsServiceProvider, null),
        };
    }

    public string? ReadString(IReadOnlyDictionary<string, object?> bag, string key, string? path) =>
        Read<string>(bag, key, path, "a string");

    private InboundTrust ReadInboundTrust(IReadOnlyDictionary<string, object?> bag, string path)
    {
        RejectUnknownKeys(bag, [N.IsMfaAccepted, N.IsCompliantDeviceAccepted, N.IsHybridAzureADJoinedDeviceAccepted], path);
        return new InboundTrust
        {
            IsMfaAccepted = ReadBool(bag, N.IsMfaAccepted, path),
            IsCompliantDeviceAccepted = ReadBool(bag, N.IsCompliantDeviceAccepted, path),
            IsHybridAzureADJoinedDeviceAccepted = ReadBool(bag, N.IsHybridAzureADJoinedDeviceAccepted, path),
        };
    }

    private B2BSetting ReadB2b(IReadOnlyDictionary<string, object?> bag, string path)
    {
        RejectUnknownKeys(bag, [N.UsersAndGroups, N.Applications], path);
        return new B2BSetting
        {
            UsersAndGroups = ReadObject(bag, N.UsersAndGroups, path, ReadTargetConfiguration),
            Applications = ReadObject(bag, N.Applications, path, ReadTargetConfiguration),
        };
    }

    private TargetConfiguration ReadTargetConfiguration(IReadOnlyDictionary<string, object?> bag, string path)
    {
        RejectUnknownKeys(bag, [N.AccessType, N.Targets], path);
        var accessType = ReadString(bag, N.AccessType, path);
        CrossTenantVocabulary.CheckAccessType(accessType, Join(path, N.AccessType), _failures);
        var targets = Read<IReadOnlyList<object?>>(bag, N.Targets, path, "a list");
        return new TargetConfiguration
        {
            AccessType = accessType,
            Targets = targets?.Select((t, i) => ReadTarget(t, $"{Join(path, N.Targets)}[{i}]")).OfType<AccessTarget>().ToList(),
        };
    }

    private AccessTarget? ReadTarget(object? value, string path)
    {
        if (value is not IReadOnlyDictionary<string, object?> bag)
        {
            Malformed(path, "an object");
            return null;
        }

        RejectUnknownKeys(bag, [N.Target, N.TargetType], path);
        var target = ReadString(bag, N.Target, path);
        var targetType = ReadString(bag, N.TargetType, path);
        CrossTenantVocabulary.CheckTargetType(targetType, Join(path, N.TargetType), _failures);
        return target is null || targetType is null ? null : new AccessTarget(target, targetType);
    }

    private AutomaticUserConsentSettings ReadConsent(IReadOnlyDictionary<string, object?> bag, string path)
    {
        RejectUnknownKeys(bag, [N.InboundAllowed, N.OutboundAllowed], path);
        return new AutomaticUserConsentSettings
        {
            InboundAllowed = ReadBool(bag, N.InboundAllowed, path),
            OutboundAllowed = ReadBool(bag, N.OutboundAllowed, path),
        };
    }

    private T? ReadObject<T>(IReadOnlyDictionary<string, object?> bag, string key, string? path, Func<IReadOnlyDictionary<string, object?>, string, T> read)
        where T : class
    {
        var value = Read<IReadOnlyDictionary<string, object?>>(bag, key, path, "an object");
        return value is null ? null : read(value, Join(path, key));
    }

    private bool? ReadBool(IReadOnlyDictionary<string, object?> bag, string key, string? path)
    {
        if (!bag.TryGetValue(key, out var value) || value is null or UnknownValue)
        {
            return null;
        }

        if (value is bool b)
        {
            return b;
        }

        Malformed(Join(path, key), "true or false");
        return null;
    }

    private T? Read<T>(IReadOnlyDictionary<string, object?> bag, string key, string? path, string expected)
        where T : class
    {
        if (!bag.TryGetValue(key, out var value) || value is null or UnknownValue)
        {
            return null;
        }

        if (value is T typed)
        {
            return typed;
        }

        Malformed(Join(path, key), expected);
        return null;
    }

    private void RejectUnknownKeys(IReadOnlyDictionary<string, object?> bag, IReadOnlyCollection<string> known, string? path)
    {
        foreach (var key in bag.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            _failures.Add(XtapInputFailure.Malformed(Join(path, key), "is not a cross-tenant access property"));
        }
    }

    private void Malformed(string path, string expected) =>
        _failures.Add(XtapInputFailure.Malformed(path, $"must be {expected}"));

    private static string Join(string? path, string key) => path is null ? key : $"{path}.{key}";
}
