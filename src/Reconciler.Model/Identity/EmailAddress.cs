using System.Text.RegularExpressions;
using Reconciler.Model.Live;

namespace Reconciler.Model.Identity;

/// <summary>
/// What an email address is to Reconciler, written once: the shape the stack file accepts, when two addresses are the
/// same (ignoring case), which addresses a live user answers to (mail, otherMails, the UPN, and for an invited guest
/// the address Entra folded into its <c>#EXT#</c> UPN), and how to find addresses in text (for <c>--redact</c>).
/// Addresses may be internationalised (<c>jürgen@müller.example</c>): letters are letters in any script.
/// </summary>
public static partial class EmailAddress
{
    /// <summary>What Entra puts between the folded address and the tenant's domain in an invited guest's UPN.</summary>
    public const string ExternalMarker = "#EXT#@";

    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The form two addresses share when they are the same, for lookups by value (spans, bytes).</summary>
    public static string Key(string address) => address.Trim().ToLowerInvariant();

    /// <summary>The domain after the last at sign, lower case; null when there is none.</summary>
    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 || at == address.Length - 1 ? null : address[(at + 1)..].Trim().ToLowerInvariant();
    }

    /// <summary>A local part, one at sign and a domain with a dot; no spaces. Deliberately loose: Entra decides the rest.</summary>
    public static bool IsValid(string value) => Shape().IsMatch(value);

    /// <summary>
    /// The address an invited guest's UPN was built from: <c>alex_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>
    /// is <c>alex@fabrikam.example</c> (Entra replaced the at sign, the last underscore, with <c>_</c>). Null otherwise.
    /// </summary>
    public static string? InvitedAddress(string? principalName)
    {
        var marker = principalName?.IndexOf(ExternalMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        var local = marker <= 0 ? "" : principalName![..marker];
        var at = local.LastIndexOf('_');
        return at <= 0 ? null : string.Concat(local.AsSpan(0, at), "@", local.AsSpan(at + 1));
    }

    /// <summary>Every address <paramref name="user"/> answers to, in a fixed order, possibly with repeats.</summary>
    public static IEnumerable<string> AddressesOf(LiveUser user)
    {
        if (user.Mail is { Length: > 0 } mail)
        {
            yield return mail;
        }
        if (user.UserPrincipalName is { Length: > 0 } upn)
        {
            yield return upn;
            if (InvitedAddress(upn) is { } invited)
            {
                yield return invited;
            }
        }
        foreach (var other in user.OtherMails)
        {
            yield return other;
        }
    }

    /// <summary>Replaces each address found in <paramref name="text"/> (an <c>#EXT#</c> UPN counts as one address).</summary>
    public static string ReplaceIn(string text, Func<string, string> replacement) =>
        InText().Replace(text, match => replacement(match.Value));

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Shape();

    // Letters, marks and digits of any script, so that an internationalised address is found whole.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}._%+'-]+(#EXT#)?@[\p{L}\p{M}\p{N}-]+(\.[\p{L}\p{M}\p{N}-]+)+")]
    private static partial Regex InText();
}
