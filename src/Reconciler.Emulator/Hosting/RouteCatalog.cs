using Reconciler.Emulator.Routes;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Hosting;

/// <summary>Every emulated route, in match order.</summary>
internal static class RouteCatalog
{
    public static RouteTable Build() => new(
    [
        .. InvitationRoutes.All(),
        .. MembershipRoutes.All(),
        .. UserRoutes.All(),
        .. GroupRoutes.All(),
        .. DeletedItemRoutes.All(),
        .. ConditionalAccessRoutes.All(),
        .. EvaluateRoutes.All(),
        .. CrossTenantRoutes.All(),
        .. OrganizationRoutes.All(),
        .. SignInRoutes.All(),
    ]);
}
