using Reconciler.Model.Desired;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>The <c>ignoreChanges</c> paths of every declared object that is meant to exist, in stack order.</summary>
internal static class IgnoredPaths
{
    public static IReadOnlyList<IgnoredPath> Of(DesiredState desired)
    {
        var access = desired.CrossTenantAccess;
        return
        [
            .. desired.Guests.Where(g => g.Ensure == Ensure.Present)
                .SelectMany(g => g.IgnoreChanges.Select(p => new IgnoredPath(ResourceType.Guest, g.Email, p))),
            .. desired.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present)
                .SelectMany(p => p.IgnoreChanges.Select(path => new IgnoredPath(ResourceType.ConditionalAccessPolicy, p.DisplayName, path))),
            .. access?.Default is null ? [] : access.DefaultIgnoreChanges.Select(p => new IgnoredPath(ResourceType.CrossTenantAccessDefault, CrossTenantPlanner.DefaultKey, p)),
            .. (access?.Partners ?? []).Where(p => p.Ensure == Ensure.Present)
                .SelectMany(p => p.IgnoreChanges.Select(path => new IgnoredPath(ResourceType.CrossTenantAccessPartner, p.TenantId, path))),
        ];
    }
}
