using Pulumi;

namespace Reconciler.Infra.Stack;

internal static class InputLists
{
    /// <summary>
    /// Core's models use empty lists for "not declared"; azuread's list inputs are null-backed, and a null list is left
    /// out of the inputs instead of being sent as <c>[]</c>. The null must be typed as <see cref="InputList{T}"/>:
    /// a null <c>string[]</c> would go through the array conversion, which throws on null. The setters of azuread's
    /// args are declared non-nullable although their backing fields are null until set, hence the <c>null!</c>.
    /// </summary>
    public static InputList<string> Of(IReadOnlyList<string> values) =>
        values.Count == 0 ? null! : (InputList<string>)values.ToArray();

    public static InputList<string> Of(IEnumerable<Input<string>> values)
    {
        var list = new InputList<string>();
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}
