namespace Reconciler.Emulator.SignIns;

/// <summary>
/// The sign-in log's words for clients and systems (<c>Mobile Apps and Desktop clients</c>, <c>Windows 10</c>) in
/// Conditional Access's vocabulary (<c>mobileAppsAndDesktopClients</c>, <c>windows</c>), so a performed sign-in is
/// judged on the conditions its log entry shows.
/// </summary>
internal static class ClientWords
{
    public static string ClientAppType(string clientAppUsed) => clientAppUsed.ToLowerInvariant() switch
    {
        "browser" => "browser",
        "mobile apps and desktop clients" => "mobileAppsAndDesktopClients",
        "exchange activesync" => "exchangeActiveSync",
        _ => "other",
    };

    public static string? DevicePlatform(string? operatingSystem)
    {
        var os = operatingSystem?.ToLowerInvariant() ?? "";
        return os switch
        {
            _ when os.StartsWith("windows phone", StringComparison.Ordinal) => "windowsPhone",
            _ when os.StartsWith("windows", StringComparison.Ordinal) => "windows",
            _ when os.StartsWith("ios", StringComparison.Ordinal) || os.StartsWith("ipados", StringComparison.Ordinal) => "iOS",
            _ when os.StartsWith("mac", StringComparison.Ordinal) => "macOS",
            _ when os.StartsWith("android", StringComparison.Ordinal) => "android",
            _ when os.StartsWith("linux", StringComparison.Ordinal) || os.StartsWith("ubuntu", StringComparison.Ordinal) => "linux",
            _ => null,
        };
    }
}
