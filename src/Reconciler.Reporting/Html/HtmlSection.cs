namespace Reconciler.Reporting.Html;

/// <summary>
/// One part of an HTML report under its own heading: reports are a list of these, so a new kind of report (or a new
/// part of one) is another section, not another page layout.
/// </summary>
/// <param name="Id">The section's anchor, for links from the summary.</param>
/// <param name="Body">Markup already encoded by its writer.</param>
public sealed record HtmlSection(string Id, string Heading, string Body);
