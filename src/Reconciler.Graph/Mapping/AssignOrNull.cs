namespace Reconciler.Graph.Mapping;

/// <summary>
/// A managed object is written whole, so an unset block is assigned null rather than skipped: the SDK's backing store
/// sends an assigned null as an explicit <c>null</c>, which clears what the tenant holds there.
/// </summary>
internal static class AssignOrNull
{
    public static TModel? Map<TValue, TModel>(TValue? value, Func<TValue, TModel> map)
        where TValue : class
        where TModel : class =>
        value is null ? null : map(value);
}
