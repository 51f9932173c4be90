namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Graph's enum values for cross-tenant settings, matched case-insensitively as Graph does.
/// SEAM: when the loader's validation (<c>DesiredStateBinder</c>/<c>InputDiagnostics</c>) lands, delegate these checks
/// to it so the stack file and the provider's Check report the same codes.
/// </summary>
public static class CrossTenantVocabulary
{
    public static IReadOnlyList<string> AccessTypes { get; } = ["allowed", "blocked"];

    public static IReadOnlyList<string> TargetTypes { get; } = ["user", "group", "application"];

    public static void CheckAccessType(string? value, string path, List<XtapInputFailure> failures) =>
        CheckOneOf(value, AccessTypes, path, failures);

    public static void CheckTargetType(string? value, string path, List<XtapInputFailure> failures) =>
        CheckOneOf(value, TargetTypes, path, failures);

    public static void CheckTenantId(string? value, string path, List<XtapInputFailure> failures)
    {
        if (value is null)
        {
            failures.Add(XtapInputFailure.BadTenantId(path, null));
        }
        else if (!Guid.TryParseExact(value, "D", out _))
        {
            failures.Add(XtapInputFailure.BadTenantId(path, value));
        }
    }

    private static void CheckOneOf(string? value, IReadOnlyList<string> allowed, string path, List<XtapInputFailure> failures)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add(XtapInputFailure.UnknownValue(path, value, allowed));
        }
    }
}
