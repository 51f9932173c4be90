namespace Reconciler.Model.Live;

/// <summary>
/// Whether a policy is one Microsoft created and manages in the tenant. Microsoft names them
/// <c>Microsoft-managed: ...</c> and tenants cannot rename them; the service creates them from a template, so they carry
/// a <c>templateId</c>, which Graph sets and no client can. Either alone proves nothing: anyone can give a policy that
/// name, and any policy an administrator creates from a template has a templateId. Only both together make it Microsoft's.
/// </summary>
public static class MicrosoftManagedPolicy
{
    public const string NamePrefix = "Microsoft-managed:";

    public static bool Is(LivePolicy policy) =>
        !string.IsNullOrWhiteSpace(policy.TemplateId) && policy.DisplayName.StartsWith(NamePrefix, StringComparison.OrdinalIgnoreCase);
}
