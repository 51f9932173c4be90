using Pulumi;

namespace Reconciler.Infra.Stack;

internal static class InputLists
{
    /// <summary>
    /// Core's models use empty lists for "not declared"; azuread's list inputs are null-backed, and a null list is left
    /// out of the inputs instead of being sent as <c>[]</c> (which the provider would read as "clear it").
    /// </summary>
    public static InputList<string> Of(IReadOnlyList<string> values) => values.Count == 0 ? null! : values.ToArray();

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
