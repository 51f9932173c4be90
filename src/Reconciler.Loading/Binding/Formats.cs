using Reconciler.Model.Desired;
using Reconciler.Model.Identity;

namespace Reconciler.Loading.Binding;

internal static class Formats
{
    public static bool IsEmail(string value) => EmailAddress.IsValid(value);

    /// <summary>Graph ids are written in the 8-4-4-4-12 form; other GUID spellings are not accepted.</summary>
    public static bool IsGuid(string value) => System.Guid.TryParseExact(value, "D", out _);

    public static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
