using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>POST /identity/conditionalAccess/evaluate (What If), a documented subset.</summary>
internal static class EvaluateRoutes
{
    public static IEnumerable<Route> All() =>
        [Route.Of("POST", "/identity/conditionalAccess/evaluate", Permissions.ConditionalAccessRead, Evaluate)];

    private static EmulatorResponse Evaluate(RouteContext ctx) =>
        EmulatorResponse.Fail(501, "NotImplemented", "evaluate is not emulated yet.");
}
