namespace Reconciler.Access.Evidence;

/// <summary>
/// The sign-in log's words in Conditional Access's vocabulary: <c>clientAppUsed</c> (Browser, Mobile Apps and Desktop
/// clients, Exchange ActiveSync, and the legacy protocols that count as other clients) and
/// <c>deviceDetail.operatingSystem</c> (Windows 10, iOS 18.1, MacOs, ...). A word we do not know stays unknown, and a
/// policy that conditions on it is then not covered by the replay.
/// </summary>
internal static class LogWords
{
    private static readonly string[] LegacyClients =
        ["imap4", "pop3", "smtp", "authenticated smtp", "mapi over http", "exchange web services", "offline address book", "outlook anywhere (rpc over http)", "autodiscover", "exchange online powershell", "other clients", "universal outlook"];

    public static string? ClientApp(string? clientAppUsed)
    {
        var words = clientAppUsed?.Trim().ToLowerInvariant();
        return words switch
        {
            null or "" => null,
            "browser" => "browser",
            "mobile apps and desktop clients" => "mobileAppsAndDesktopClients",
            "exchange activesync" => "exchangeActiveSync",
            _ when LegacyClients.Contains(words) => "other",
            _ => null,
        };
    }

    public static string? DevicePlatform(string? operatingSystem)
    {
        var os = operatingSystem?.Trim().ToLowerInvariant() ?? "";
        string[] windowsPhone = ["windows phone", "windows 10 mobile"];
        if (windowsPhone.Any(p => os.StartsWith(p, StringComparison.Ordinal)))
        {
            return "windowsPhone";
        }
        (string Prefix, string Platform)[] platforms =
        [
            ("windows", "windows"), ("ios", "iOS"), ("ipados", "iOS"), ("macos", "macOS"), ("mac os", "macOS"),
            ("android", "android"), ("linux", "linux"), ("ubuntu", "linux"),
        ];
        return platforms.FirstOrDefault(p => os.StartsWith(p.Prefix, StringComparison.Ordinal)).Platform;
    }
}
