namespace Reconciler.Reporting.Html.Charts;

/// <summary>
/// A horizontal bar chart as data: groups of labelled bars (a partner's sign-ins, a guest group's outcomes before and
/// after), all drawn to one scale. Any report can fill one; <see cref="SvgBarChart"/> draws it and
/// <see cref="ChartFigure"/> puts it on a page with its numbers as a table.
/// </summary>
/// <param name="Id">Unique on its page: the SVG's title and description are referred to by it.</param>
/// <param name="GroupHeading">What a group is, the first column of the table fallback ("Partner").</param>
/// <param name="Unit">What a bar counts ("sign-ins"), said in the description and the caption.</param>
public sealed record BarChart(string Id, string Title, string Description, string GroupHeading, string Unit, IReadOnlyList<BarGroup> Groups)
{
    public bool IsEmpty => Groups.All(g => g.Bars.Count == 0);

    /// <summary>The largest value, the scale every bar is drawn to; 0 when there is nothing to draw.</summary>
    public int Max => Groups.SelectMany(g => g.Bars).Select(b => b.Value).DefaultIfEmpty(0).Max();
}

public sealed record BarGroup(string Label, IReadOnlyList<Bar> Bars);

/// <param name="Label">Printed beside the bar, so colour is never the only way to tell bars apart.</param>
/// <param name="Dashed">Drawn dashed and pale, as the access-path diagram draws a <c>before</c> state.</param>
public sealed record Bar(string Label, int Value, BarTone Tone, bool Dashed = false);

/// <summary>What a bar means for a guest, which picks its colour: the same meaning has the same colour in every chart.</summary>
public enum BarTone
{
    Neutral,
    MfaAtHome,
    MfaHere,
    Blocked,
    Other,
}
