using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>The one table renderers read a change's symbol, colour and verb from; they switch on nothing else.</summary>
public static class ChangeStyle
{
    private static readonly Dictionary<ChangeKind, (string Symbol, string AnsiColour, string Verb)> Table = new()
    {
        [ChangeKind.Create] = ("+", "32", "add"),
        [ChangeKind.Update] = ("~", "33", "change"),
        [ChangeKind.Delete] = ("-", "31", "remove"),
        [ChangeKind.Reset] = ("!", "35", "reset"),
        [ChangeKind.Restore] = ("+", "32", "restore"),
    };

    public static string Symbol(ChangeKind kind) => Table[kind].Symbol;

    public static string Verb(ChangeKind kind) => Table[kind].Verb;

    public static string Colour(ChangeKind kind, string text) => $"\u001b[{Table[kind].AnsiColour}m{text}\u001b[0m";

    /// <summary>A drifted object reads as the change that would fix it.</summary>
    public static ChangeKind Of(DriftStatus status) => status switch
    {
        DriftStatus.Missing => ChangeKind.Create,
        DriftStatus.Deleted => ChangeKind.Restore,
        DriftStatus.ShouldBeAbsent => ChangeKind.Delete,
        _ => ChangeKind.Update,
    };

    public static string Describe(DriftStatus status) => status switch
    {
        DriftStatus.Missing => "missing",
        DriftStatus.ShouldBeAbsent => "should be absent",
        DriftStatus.Deleted => "deleted, in the recycle bin",
        _ => "changed",
    };
}
