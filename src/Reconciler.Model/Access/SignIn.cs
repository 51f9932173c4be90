namespace Reconciler.Model.Access;

/// <summary>
/// A sign-in to evaluate, like the What If tool's input. Null means unknown or not given: a policy that
/// conditions on an unknown detail does not apply, as the What If evaluation API reports it.
/// </summary>
public sealed record SignIn
{
    public required SignInUser User { get; init; }

    /// <summary>Object ids of the user's groups; null when membership is not known.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>Directory role template ids the user holds; null when not known.</summary>
    public IReadOnlyList<string>? RoleIds { get; init; }

    /// <summary>The resource's app id (not an app group: groups never match, as in the What If tool).</summary>
    public string? ApplicationId { get; init; }

    /// <summary><c>browser</c>, <c>mobileAppsAndDesktopClients</c>, <c>exchangeActiveSync</c> or <c>other</c>.</summary>
    public string? ClientApp { get; init; }

    /// <summary><c>android</c>, <c>iOS</c>, <c>windows</c>, <c>windowsPhone</c>, <c>macOS</c> or <c>linux</c>.</summary>
    public string? DevicePlatform { get; init; }

    public SignInLocation? Location { get; init; }

    /// <summary><c>none</c>, <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string? SignInRisk { get; init; }

    public string? UserRisk { get; init; }
}
