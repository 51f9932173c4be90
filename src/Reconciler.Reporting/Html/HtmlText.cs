using System.Net;

namespace Reconciler.Reporting.Html;

/// <summary>Every string a stack author or a tenant controls goes through here: in HTML it is text, never markup.</summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A phrase the text reports share ("guest sign-ins of ...") as the start of a sentence or a header cell.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
