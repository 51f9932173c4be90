namespace Reconciler.Model.Access;

/// <summary>How the access vocabulary is spelled in JSON and text; shared by the evaluator, the renderers and Graph's What If mapping.</summary>
public static class AccessTokens
{
    /// <summary>The JSON and text spelling: <c>noPolicy</c>, <c>homeTenant</c>, ... (camelCase of the member).</summary>
    public static string ToToken<T>(this T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
