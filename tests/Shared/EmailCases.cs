using Reconciler.Model.Live;

namespace Reconciler.Testing.Identity;

/// <summary>
/// The one table of what an email written in a stack answers to, shared by every matcher's tests (the model's rule,
/// the planner's directory, the Graph reader's span matcher) so that the three cannot drift apart.
/// </summary>
internal static class EmailCases
{
    private const string Tenant = "contoso.onmicrosoft.com";

    /// <summary>Written address, how the live user carries an address (mail, upn, other), that address, answers.</summary>
    public static IEnumerable<object[]> Rows =>
    [
        ["alex@fabrikam.example", "mail", "alex@fabrikam.example", true],
        ["alex@fabrikam.example", "mail", "Alex@Fabrikam.EXAMPLE", true],
        ["ALEX@fabrikam.example", "other", "alex@fabrikam.example", true],
        ["alex@fabrikam.example", "upn", "alex@fabrikam.example", true],
        ["alex@fabrikam.example", "upn", $"alex_fabrikam.example#EXT#@{Tenant}", true],
        ["alex@fabrikam.example", "upn", $"Alex_Fabrikam.example#ext#@{Tenant}", true],
        ["a_b@fabrikam.example", "upn", $"a_b_fabrikam.example#EXT#@{Tenant}", true],
        ["jürgen@müller.example", "mail", "Jürgen@MÜLLER.example", true],
        ["jürgen@müller.example", "upn", $"jürgen_müller.example#EXT#@{Tenant}", true],
        ["o'brien@partner.example", "mail", "o'brien@partner.example", true],
        ["alex@fabrikam.example", "mail", "alex@fabrikam.example.evil", false],
        ["alex@fabrikam.example", "upn", "alex_fabrikam.example@contoso.example", false],
        ["alex@fabrikam.example", "upn", $"bea_fabrikam.example#EXT#@{Tenant}", false],
        ["alex@fabrikam.example", "other", "alex@fabrikam.examples", false],
    ];

    public static LiveUser User(string carriedAs, string address) => carriedAs switch
    {
        "mail" => new LiveUser { Id = "u-1", Mail = address, UserType = "Guest" },
        "upn" => new LiveUser { Id = "u-1", UserPrincipalName = address, UserType = "Guest" },
        "other" => new LiveUser { Id = "u-1", OtherMails = [address], UserType = "Guest" },
        _ => throw new ArgumentOutOfRangeException(nameof(carriedAs)),
    };

    /// <summary>Addresses a redacted report must not show, and text that is no address.</summary>
    public static IEnumerable<object[]> Addresses =>
    [
        ["alex@fabrikam.example"],
        ["jürgen@müller.example"],
        ["zoë@contoso.example"],
        ["o'brien@partner.example"],
        [$"jürgen_müller.example#EXT#@{Tenant}"],
        ["δοκιμή@παράδειγμα.δοκιμή"],
    ];
}
