using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// A small, partial table of Microsoft apps and their membership of the Conditional Access app groups
/// <c>Office365</c> and <c>MicrosoftAdminPortals</c>. Null membership means we don't know, and the evaluator
/// says so (<c>notEnoughInformation</c>) rather than guess. Sources: Microsoft Learn, "Conditional Access:
/// Target resources" and "Apps included in Conditional Access Office 365 app suite" (see docs/whatif.md).
/// </summary>
public static class KnownApplications
{
    public const string Office365 = "Office365";
    public const string MicrosoftAdminPortals = "MicrosoftAdminPortals";

    public const string WindowsAzureServiceManagementApi = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    // Microsoft publishes the Office 365 suite as a complete list of names, so an app we know by name that is not
    // on it is known not to be a member. The admin portals list grows ("we're continually adding"), so only its
    // documented members are recorded and everything else stays unknown.
    private static readonly KnownApplication[] Table =
    [
        new("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online", InOffice365: true, InAdminPortals: null),
        new("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online", InOffice365: true, InAdminPortals: null),
        new("cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", "Microsoft Teams Services", InOffice365: true, InAdminPortals: null),
        new("00000004-0000-0ff1-ce00-000000000000", "Skype for Business Online", InOffice365: true, InAdminPortals: null),
        new(WindowsAzureServiceManagementApi, "Windows Azure Service Management API", InOffice365: false, InAdminPortals: null),
        new("c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Azure portal", InOffice365: false, InAdminPortals: true),
    ];

    public static IReadOnlyList<KnownApplication> All => Table;

    public static bool IsGroup(string token) =>
        string.Equals(token, Office365, StringComparison.OrdinalIgnoreCase)
        || string.Equals(token, MicrosoftAdminPortals, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="appId"/> belongs to <paramref name="group"/>: true, false, or null for unknown.</summary>
    public static bool? IsMember(string group, string appId)
    {
        var app = Find(appId);
        return string.Equals(group, Office365, StringComparison.OrdinalIgnoreCase) ? app?.InOffice365 : app?.InAdminPortals;
    }

    /// <summary>The app ids we know to be members of <paramref name="group"/>.</summary>
    public static IEnumerable<string> MembersOf(string group) =>
        Table.Where(app => IsMember(group, app.AppId) == true).Select(app => app.AppId);

    public static string? NameOf(string? appId) => appId is null ? null : Find(appId)?.Name;

    private static KnownApplication? Find(string appId) =>
        Table.FirstOrDefault(app => string.Equals(app.AppId, appId, StringComparison.OrdinalIgnoreCase));
}

public sealed record KnownApplication(string AppId, string Name, bool? InOffice365, bool? InAdminPortals);
