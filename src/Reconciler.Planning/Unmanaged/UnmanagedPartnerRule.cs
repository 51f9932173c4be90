using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.Unmanaged;

/// <summary>
/// An undeclared partner weakens guest access when it trusts the partner's MFA or device claims (the sign-in is then
/// proved in a tenant the stack does not govern), or when one of its B2B blocks is more open than the live default's
/// (<see cref="B2BAccessRank"/>). A null block inherits the default and opens nothing.
/// </summary>
internal static class UnmanagedPartnerRule
{
    public static string? Weakens(LivePartner partner, CrossTenantSettings liveDefault)
    {
        var reasons = new List<string>();
        if (partner.Settings.InboundTrust is { } trust)
        {
            reasons.AddRange(new (bool? On, string Claim)[]
                {
                    (trust.IsMfaAccepted, "its MFA"),
                    (trust.IsCompliantDeviceAccepted, "its compliant devices"),
                    (trust.IsHybridAzureADJoinedDeviceAccepted, "its hybrid-joined devices"),
                }
                .Where(t => t.On == true)
                .Select(t => $"inboundTrust accepts {t.Claim}"));
        }

        foreach (var (name, read) in B2BAccessRank.Blocks)
        {
            reasons.AddRange(B2BAccessRank.Opened(read(liveDefault), read(partner.Settings))
                .Select(o => $"{name}.{o.Target} is {o.Partner} where the default is {o.Default}"));
        }

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }
}
