using System.Collections;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Reconciler.Emulator.Tests.Support;

/// <summary>Fails when the emulator sent a property the SDK's generated model does not know.</summary>
internal static class ModelAssert
{
    public static void OnlyKnownProperties(object? model, string path = "$")
    {
        if (model is null || model is string || model.GetType().IsPrimitive || model is Enum || model is DateTimeOffset)
        {
            return;
        }
        if (model is IEnumerable list)
        {
            var i = 0;
            foreach (var item in list)
            {
                OnlyKnownProperties(item, $"{path}[{i++}]");
            }
            return;
        }
        if (model is IAdditionalDataHolder holder)
        {
            var unknown = holder.AdditionalData.Keys.Where(k => !k.StartsWith("@odata.", StringComparison.Ordinal)).ToList();
            Assert.True(unknown.Count == 0, $"{path} ({model.GetType().Name}) has unknown properties: {string.Join(", ", unknown)}");
        }
        if (!model.GetType().Namespace!.StartsWith("Microsoft.Graph", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var property in model.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "AdditionalData" or "BackingStore")
            {
                continue;
            }
            OnlyKnownProperties(property.GetValue(model), $"{path}.{property.Name}");
        }
    }
}
