namespace Reconciler.Reporting;

/// <summary>One way of showing reports, chosen once from <c>--output</c>.</summary>
public interface IReportRenderer
{
    string Render(DriftReport report);

    string Render(PlanReport report);
}

public enum ReportFormat
{
    Text,
    Markdown,
    Json,

    /// <summary>One self-contained page (plan, drift and evidence).</summary>
    Html,
}

public static class ReportRenderers
{
    /// <param name="colour">ANSI colours in text; only when the caller knows the terminal wants them.</param>
    /// <param name="width">The terminal's width for text to wrap to; null never wraps.</param>
    public static IReportRenderer For(ReportFormat format, bool colour = false, int? width = null) => format switch
    {
        ReportFormat.Markdown => new MarkdownRenderer(),
        ReportFormat.Json => new JsonRenderer(),
        ReportFormat.Html => new Html.HtmlRenderer(),
        _ => new TextRenderer(colour, width),
    };
}
