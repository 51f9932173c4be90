namespace Reconciler.Testing.Properties;

/// <summary>
/// The rows of one Graph type (a resource kind or a complex type it holds), named as the SDK's model class names it.
/// <see cref="Complete"/> is false only where the table lists the properties Reconciler touches and no more (a user has
/// well over a hundred).
/// </summary>
public sealed record PropertySection(string SdkType, string GraphName, IReadOnlyList<PropertyRow> Rows, bool Complete = true, string? Note = null)
{
    public PropertyRow? Row(string name) => Rows.FirstOrDefault(r => r.Name == name);
}
