namespace Reconciler.Emulator.Model;

/// <summary>
/// A Graph v1.0 directoryRole (an activated role) on the wire. Conditional Access names roles by
/// <c>roleTemplateId</c>, which differs from the role's object id.
/// </summary>
internal static class DirectoryRoleShape
{
    public const string ODataType = "#microsoft.graph.directoryRole";

    public static readonly string[] DefaultProperties = ["id", "deletedDateTime", "description", "displayName", "roleTemplateId"];

    public static readonly HashSet<string> Selectable = new(DefaultProperties, StringComparer.OrdinalIgnoreCase);
}
