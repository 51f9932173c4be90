using System.Net;

namespace Reconciler.Reporting.Html;

/// <summary>Every string a stack author or a tenant controls goes through here: in HTML it is text, never markup.</summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
