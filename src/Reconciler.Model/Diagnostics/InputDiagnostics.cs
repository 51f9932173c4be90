using System.Runtime.CompilerServices;

namespace Reconciler.Model.Diagnostics;

/// <summary>
/// The B2B1xxx catalogue: problems in Pulumi.yaml or a stack file. One factory per code; numbers never change.
/// Messages say what to do, and never print a secret's value.
/// </summary>
public static class InputDiagnostics
{
    [DiagnosticCode("B2B1001")]
    public static Diagnostic YamlSyntax(SourceLocation at, string problem) =>
        Error($"The file is not valid YAML: {problem}. Fix the syntax at this position.", at);

    [DiagnosticCode("B2B1002")]
    public static Diagnostic ProjectFileMissing(string directory) =>
        Error($"No Pulumi.yaml in '{directory}' or any folder above it. Run from the project directory or pass --cwd; to adopt a tenant into a new project, run 'reconciler export --tenant-id GUID'.", null);

    [DiagnosticCode("B2B1003")]
    public static Diagnostic ProjectNameMissing(SourceLocation at) =>
        Error("Pulumi.yaml has no 'name'. Add 'name: b2b'; the name is also the config namespace.", at);

    [DiagnosticCode("B2B1004")]
    public static Diagnostic StackFileMissing(string directory, string? stackName) =>
        Error(stackName is null
            ? $"No Pulumi.<stack>.yaml next to Pulumi.yaml in '{directory}'. Create one, e.g. Pulumi.dev.yaml."
            : $"No Pulumi.{stackName}.yaml in '{directory}'. Check --stack or create the file.", null);

    [DiagnosticCode("B2B1005")]
    public static Diagnostic StackAmbiguous(IEnumerable<string> stacks) =>
        Error($"Several stacks found ({string.Join(", ", stacks)}). Choose one with --stack NAME.", null);

    [DiagnosticCode("B2B1006")]
    public static Diagnostic YamlTooComplex(SourceLocation at, string limit) =>
        Error($"The YAML expands beyond {limit}. Remove the nested anchors and aliases and write the values out.", at);

    [DiagnosticCode("B2B1007")]
    public static Diagnostic DuplicateKey(SourceLocation at, string key) =>
        Error($"'{key}' is declared twice in the same mapping. Keep one.", at);

    [DiagnosticCode("B2B1008")]
    public static Diagnostic FileTooLarge(SourceLocation at, long bytes, long limit) =>
        Error($"The file is {bytes:N0} bytes; stack files are read only up to {limit:N0} bytes. Check it is the right file, or split the stack.", at);

    [DiagnosticCode("B2B1009")]
    public static Diagnostic NotUtf8(SourceLocation at) =>
        Error("The file is not valid UTF-8 from this position. Save it as UTF-8 (the encoding Pulumi reads).", at);

    [DiagnosticCode("B2B1010")]
    public static Diagnostic UnknownKey(SourceLocation at, string path, string key, string? suggestion) =>
        Error($"Unknown key '{key}' in {path}.{DidYouMean(suggestion)}", at);

    [DiagnosticCode("B2B1011")]
    public static Diagnostic WrongType(SourceLocation at, string path, string expected, string actual) =>
        Error($"{path} must be {expected}, not {actual}.", at);

    [DiagnosticCode("B2B1012")]
    public static Diagnostic RequiredKeyMissing(SourceLocation at, string path, string key) =>
        Error($"{path} needs '{key}'. Add it.", at);

    [DiagnosticCode("B2B1013")]
    public static Diagnostic TenantIdMissing(SourceLocation? at) =>
        Error("The stack has no 'azuread:tenantId'. Add the resource tenant's id under config; every run is pinned to it.", at);

    [DiagnosticCode("B2B1014")]
    public static Diagnostic UnknownValue(SourceLocation at, string path, string value, IEnumerable<string> allowed, string? suggestion) =>
        Error($"'{value}' is not a valid value for {path}.{DidYouMean(suggestion)} Allowed: {string.Join(", ", allowed)}.", at);

    [DiagnosticCode("B2B1015")]
    public static Diagnostic MalformedEmail(SourceLocation at, string path, string value) =>
        Error($"{path} '{value}' is not an email address. Write it as name@domain.", at);

    [DiagnosticCode("B2B1016")]
    public static Diagnostic MalformedGuid(SourceLocation at, string path, string value) =>
        Error($"{path} '{value}' is not a GUID. Copy the id from the portal (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).", at);

    [DiagnosticCode("B2B1017")]
    public static Diagnostic SecureValueNotAllowed(SourceLocation at, string path) =>
        Error($"{path} is a secret, but it must be a plain value. Set it with 'pulumi config set' without --secret.", at);

    [DiagnosticCode("B2B1018")]
    public static Diagnostic InvalidGraphUrl(SourceLocation? at, string value) =>
        Error($"graphUrl '{value}' must be 'local' or an absolute http(s) URL. Omit it to use Microsoft Graph.", at);

    [DiagnosticCode("B2B1019")]
    public static Diagnostic SeveralDocuments(SourceLocation at) =>
        Error("A second YAML document starts here, and Pulumi reads only the first. Merge the documents or remove the '---'.", at);

    [DiagnosticCode("B2B1020")]
    public static Diagnostic DuplicateGuest(SourceLocation at, string email, SourceLocation? first) =>
        Error($"Guest '{email}' is declared twice{Also(first)}. Emails are compared case-insensitively; keep one.", at);

    [DiagnosticCode("B2B1021")]
    public static Diagnostic DuplicatePolicy(SourceLocation at, string displayName, SourceLocation? first) =>
        Error($"Policy '{displayName}' is declared twice{Also(first)}. A policy is identified by its displayName; rename one.", at);

    [DiagnosticCode("B2B1022")]
    public static Diagnostic DuplicatePartner(SourceLocation at, string tenantId, SourceLocation? first) =>
        Error($"Partner '{tenantId}' is declared twice{Also(first)}. Merge the two entries.", at);

    [DiagnosticCode("B2B1023")]
    public static Diagnostic PartnerIsOwnTenant(SourceLocation at, string tenantId) =>
        Error($"Partner '{tenantId}' is this stack's own tenant. Use crossTenantAccess.default for your own tenant's settings.", at);

    [DiagnosticCode("B2B1024")]
    public static Diagnostic UndeclaredUserReference(SourceLocation at, string path, string email) =>
        Warning($"{path} names '{email}', which is neither a declared guest nor a break-glass account. Declare it, or check the spelling; it must exist in the tenant.", at);

    [DiagnosticCode("B2B1030")]
    public static Diagnostic PolicyWithoutControls(SourceLocation at, string displayName) =>
        Error($"Policy '{displayName}' has neither grantControls nor sessionControls. Add one, e.g. grantControls: {{operator: OR, builtInControls: [mfa]}}.", at);

    [DiagnosticCode("B2B1031")]
    public static Diagnostic BlockCombined(SourceLocation at, string displayName) =>
        Error($"Policy '{displayName}' combines 'block' with other controls. 'block' must stand alone; remove the others or use a second policy.", at);

    [DiagnosticCode("B2B1032")]
    public static Diagnostic PasswordChangeWithoutMfa(SourceLocation at, string displayName) =>
        Error($"Policy '{displayName}' uses 'passwordChange' without 'mfa' and operator AND. Graph rejects it; use operator: AND with [mfa, passwordChange].", at);

    [DiagnosticCode("B2B1033")]
    public static Diagnostic EnumeratedTenantsWithoutMembers(SourceLocation at) =>
        Error("externalTenants with membershipKind 'enumerated' lists no members. Add partner tenant ids, or use membershipKind: all.", at);

    [DiagnosticCode("B2B1034")]
    public static Diagnostic AllTenantsWithMembers(SourceLocation at) =>
        Error("externalTenants with membershipKind 'all' cannot list members. Remove 'members', or use membershipKind: enumerated.", at);

    [DiagnosticCode("B2B1035")]
    public static Diagnostic PolicyMissingApplications(SourceLocation at, string displayName) =>
        Error($"Policy '{displayName}' has no conditions.applications. Add includeApplications (an app id, or All).", at);

    [DiagnosticCode("B2B1036")]
    public static Diagnostic PolicyMissingUsers(SourceLocation at, string displayName) =>
        Error($"Policy '{displayName}' has no conditions.users. Add includeUsers or includeGuestsOrExternalUsers.", at);

    /// <param name="nearest">The valid path closest in spelling, or null.</param>
    /// <param name="valid">The valid paths at the deepest level the typed path reached, listed when nothing is near.</param>
    [DiagnosticCode("B2B1040")]
    public static Diagnostic UnknownIgnoreChangesPath(SourceLocation at, string path, string value, string? nearest, IEnumerable<string> valid) =>
        Error($"{path} '{value}' is not a property path of this object, so nothing would be ignored."
            + (nearest is not null ? DidYouMean(nearest) : $" Valid here: {string.Join(", ", valid)}."), at);

    [DiagnosticCode("B2B1060")]
    public static Diagnostic OutputIsALink(string path) =>
        Error($"'{path}' is a symbolic link; reports hold personal data and are never written through a link. Remove the link or choose another --out.", null);

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";

    private static string Also(SourceLocation? first) => first is null ? "" : $" (first at line {first.Line})";

    private static Diagnostic Error(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(InputDiagnostics), factory, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Warning(string message, SourceLocation? at = null, [CallerMemberName] string factory = "") =>
        CatalogueEntry.Make(typeof(InputDiagnostics), factory, DiagnosticSeverity.Warning, message, at);
}
