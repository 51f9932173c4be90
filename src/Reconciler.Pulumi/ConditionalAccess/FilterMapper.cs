using Reconciler.Model.ConditionalAccess;

namespace Reconciler.PulumiMapping.ConditionalAccess;

internal static class FilterMapper
{
    /// <summary>azuread requires both mode and rule on every filter block.</summary>
    public static FilterModel? Map(ConditionalAccessFilter? filter, string property, PolicyMappingContext context)
    {
        if (filter is null)
        {
            return null;
        }

        if (filter.Mode is null || filter.Rule is null)
        {
            context.Required($"conditions.{property}.mode and .rule");
        }

        return new FilterModel(filter.Mode ?? string.Empty, filter.Rule ?? string.Empty);
    }
}
